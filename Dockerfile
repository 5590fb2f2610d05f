# Cuida: a slim, non-root image. The SQLite file lives on a volume.
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
RUN pip install --no-cache-dir --prefix=/install .

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    CUIDA_DB=/data/cuida.sqlite3 \
    CUIDA_CONTENT_DIR=/app
RUN useradd --create-home --uid 10001 cuida \
    && mkdir -p /data \
    && chown cuida:cuida /data
COPY --from=build /install /usr/local
WORKDIR /app
COPY flows ./flows
COPY locales ./locales
USER cuida
VOLUME ["/data"]
# Refuses to start on bad content or a bad token, with one clear line; the content is checked at build time too.
RUN cuida check
CMD ["cuida", "run"]
