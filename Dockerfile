# The API and the built explorer in one image; docker-compose.yml wires it to Neo4j.
FROM node:20-bookworm-slim
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build:client
ENV NODE_ENV=production
EXPOSE 8080
CMD ["node", "--import", "tsx", "server/main.ts"]
