# Cuida: a slim, non-root image. The SQLite file lives on the /data volume.
# Build:  docker build -t cuida .
# Run:    docker run -d --name cuida --stop-timeout 25 -v cuida-data:/data -e TELEGRAM_BOT_TOKEN=... cuida
# (docs/deploy.md: webhook mode behind a reverse proxy, settings, upgrades.)

# ---- build: install the package and its dependencies into /install -----------------------------
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
# The project itself, from this folder: its dependencies' versions are bounded in pyproject.toml.
RUN pip install --no-cache-dir --prefix=/install .

# ---- run: only the installed package, the content, and a user that owns nothing but /data ------
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    CUIDA_DB=/data/cuida.sqlite3 \
    CUIDA_CONTENT_DIR=/app \
    CUIDA_LOG_FORMAT=json \
    CUIDA_WEBHOOK_LISTEN=0.0.0.0 \
    CUIDA_WEBHOOK_PORT=8080
RUN groupadd --gid 10001 cuida \
    && useradd --uid 10001 --gid 10001 --create-home --shell /usr/sbin/nologin cuida \
    && mkdir -p /data \
    && chown 10001:10001 /data
COPY --from=build /install /usr/local
WORKDIR /app
COPY flows ./flows
COPY locales ./locales
# Numeric, so that Kubernetes' runAsNonRoot can check it and the volume's owner matches on any host.
USER 10001:10001
VOLUME ["/data"]
# Webhook mode only (CUIDA_WEBHOOK_URL set): updates and GET /healthz. Polling needs no port.
EXPOSE 8080
# Bad content fails the build, with every problem as file:line: message.
RUN cuida check
# A graceful stop takes up to CUIDA_STOP_TIMEOUT (15 s): give `docker stop` more (--stop-timeout 25).
STOPSIGNAL SIGTERM
# Webhook mode: asks /healthz (updates taken, database answers, sender running). Polling: the
# database opens read-only and the content loads.
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["cuida", "health"]
CMD ["cuida", "run"]
