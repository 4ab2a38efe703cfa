# The Hamahang host for production (SQLite and SQL Server are in every build), run as a non-root user on port 8080.
# docker-compose.yml runs it next to a SQL Server; `docker build -t hamahang .` builds it alone.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
WORKDIR /src
# The whole tree (less .dockerignore): the host builds from the root props, the engine and api/.
COPY . .
RUN dotnet publish api -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
# The base image brings tzdata (Asia/Tehran for Jalali dates), ICU and the user `app` ($APP_UID).
# data/ is writable for the embedded SQLite database, used when Database__Provider is not SqlServer.
RUN mkdir -p /app/data && chown "$APP_UID:$APP_UID" /app/data
USER $APP_UID
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
# No HEALTHCHECK: the aspnet image has neither curl nor wget. Probe GET /healthz from outside.
ENTRYPOINT ["dotnet", "Hamahang.Api.dll"]
