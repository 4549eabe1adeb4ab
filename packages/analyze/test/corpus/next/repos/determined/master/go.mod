module github.com/determined-ai/determined/master

go 1.21

require (
	cloud.google.com/go v0.94.0
	github.com/Masterminds/sprig/v3 v3.2.2
	github.com/aws/aws-sdk-go v1.40.34
	github.com/coreos/go-systemd v0.0.0-20190719114852-fd7a80b32e1f
	github.com/determined-ai/determined/proto v0.0.0-00010101000000-000000000000
	github.com/docker/docker v20.10.24+incompatible
	github.com/docker/go-connections v0.4.0
	github.com/elastic/go-elasticsearch/v7 v7.9.0
	github.com/go-pg/migrations/v8 v8.1.0
	github.com/go-pg/pg/v10 v10.10.6
	github.com/golang/protobuf v1.5.2
	github.com/google/uuid v1.3.0
	github.com/gorilla/websocket v1.5.0
	github.com/grpc-ecosystem/go-grpc-middleware v1.3.0
	github.com/grpc-ecosystem/grpc-gateway v1.16.0
	github.com/jackc/pgx/v4 v4.12.0
	github.com/jmoiron/sqlx v1.2.1-0.20190826204134-d7d95172beb5
	github.com/labstack/echo/v4 v4.9.1
	github.com/pkg/errors v0.9.1
	github.com/prometheus/client_golang v1.11.1
	github.com/sirupsen/logrus v1.8.1
	github.com/spf13/cobra v1.6.1
	github.com/spf13/viper v1.9.0
	github.com/stretchr/testify v1.8.1
	golang.org/x/net v0.7.0
	google.golang.org/grpc v1.45.0
	google.golang.org/protobuf v1.28.0
	k8s.io/api v0.20.14
	k8s.io/apimachinery v0.20.14
	k8s.io/client-go v0.20.14
)

require (
	go.opentelemetry.io/otel v1.6.1
	go.opentelemetry.io/otel/sdk v1.6.1
)

require (
	cloud.google.com/go/storage v1.10.0
	github.com/uptrace/bun v1.1.14
	github.com/uptrace/bun/dialect/pgdialect v1.1.14
	golang.org/x/exp v0.0.0-20220328175248-053ad81199eb
)

replace github.com/determined-ai/determined/proto => ../proto
