# ================================
# Build: the official Swift image, release mode, Swift runtime linked statically
# ================================
FROM swift:6.3-noble AS build
WORKDIR /build

# Resolve dependencies in their own layer, reused while Package.swift is unchanged.
COPY ./Package.swift ./
RUN swift package resolve

COPY . .
RUN swift build -c release --product troopwatch --static-swift-stdlib

# The binary, its resource bundle (seed articles, lexicon, openapi.yaml) and the backtracer.
WORKDIR /staging
RUN BIN="$(swift build --package-path /build -c release --show-bin-path)" \
    && cp "$BIN/troopwatch" ./ \
    && cp -RL "$BIN/troopwatch_TroopWatchServer.resources" ./ \
    && cp /usr/libexec/swift/linux/swift-backtrace-static ./

# ================================
# Run: a slim Ubuntu with only what the binary needs
# ================================
FROM ubuntu:noble
RUN export DEBIAN_FRONTEND=noninteractive \
    && apt-get -q update \
    && apt-get -q install -y --no-install-recommends ca-certificates tzdata curl \
    && rm -rf /var/lib/apt/lists/*

RUN useradd --user-group --system --create-home --home-dir /app --shell /usr/sbin/nologin troopwatch
WORKDIR /app
COPY --from=build --chown=troopwatch:troopwatch /staging /app
# Ingested articles and the change journal; mount a volume here to keep them.
RUN mkdir -p /app/data && chown troopwatch:troopwatch /app/data
VOLUME /app/data
USER troopwatch:troopwatch

ENV SWIFT_BACKTRACE=enable=yes,sanitize=yes,threads=all,images=all,interactive=no,swift-backtrace=./swift-backtrace-static \
    TROOPWATCH_HOST=0.0.0.0 \
    TROOPWATCH_PORT=8080 \
    TROOPWATCH_DATA_DIR=/app/data
EXPOSE 8080

HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8080/healthz || exit 1

# Mount more articles with `-v /path/articles:/articles` and add `--corpus /articles`. Listening on
# 0.0.0.0, the server accepts writes only with a token: pass `-e TROOPWATCH_TOKEN=...`.
ENTRYPOINT ["./troopwatch"]
CMD ["serve"]
