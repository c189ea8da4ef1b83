#!/bin/sh
# The broker's entrypoint (compose, and testkit-testcontainers' Kafka container). Formats empty storage once with the
# admin's SCRAM credential, which the broker needs before it can take any SCRAM login (the apache/kafka image's own
# entrypoint cannot add one), then runs the broker with the host's port in its advertised listener.
set -eu
: "${KAFKA_HOST_PORT:=9092}"
sed "s/@KAFKA_HOST_PORT@/${KAFKA_HOST_PORT}/" /rodtraad/kafka/server.properties > /tmp/server.properties
if [ ! -f /var/lib/kafka/data/meta.properties ]; then
  # A fixed cluster id (base64 of 16 bytes, "rodtraad-compose"): one node, formatted once per volume.
  /opt/kafka/bin/kafka-storage.sh format --config /tmp/server.properties --cluster-id cm9kdHJhYWQtY29tcG9zZQ \
    --add-scram 'SCRAM-SHA-512=[name=admin,password=admin-kafka-demo]'
fi
exec /opt/kafka/bin/kafka-server-start.sh /tmp/server.properties
