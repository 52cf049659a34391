# Stuurwijzer: the Discord bot (or, without DISCORD_TOKEN, nothing useful: the terminal chat needs a TTY).
#   docker build -t stuurwijzer .
#   docker run -d --name stuurwijzer --env-file stuurwijzer.env -v stuurwijzer-data:/app/data --stop-timeout 15 stuurwijzer
# The index is built into /app/data on the first start (a few seconds) and the audit log is written there: keep
# that volume, back up data/audit/. See README.md, section "Discord".

# Build stage: the C++ toolchain compiles the hnswlib-node addon; it does not end up in the final image.
FROM node:20-bookworm-slim AS build
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm install -g npm@11 \
  && npm ci --omit=dev --no-audit --no-fund \
  && node -e "const { HierarchicalNSW } = require('hnswlib-node'); new HierarchicalNSW('cosine', 4).initIndex(1)"

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
# Only what runs: the bin, the TypeScript sources (run through tsx, no build step) and the corpus.
COPY package.json ./
COPY bin ./bin
COPY bot ./bot
COPY cli ./cli
COPY config ./config
COPY engine ./engine
COPY retrieval ./retrieval
COPY prompts ./prompts
COPY corpus ./corpus
RUN mkdir -p /app/data && chown -R node:node /app/data
USER node
VOLUME /app/data
CMD ["node", "bin/stuurwijzer.js", "start"]
