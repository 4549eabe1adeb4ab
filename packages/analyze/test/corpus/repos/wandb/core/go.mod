module github.com/wandb/wandb/core

go 1.23.4

require (
	cloud.google.com/go/storage v1.50.0
	github.com/Azure/azure-sdk-for-go/sdk/azcore v1.17.0
	github.com/Azure/azure-sdk-for-go/sdk/azidentity v1.8.2
	github.com/Azure/azure-sdk-for-go/sdk/storage/azblob v1.6.0
	github.com/Khan/genqlient v0.7.0
	github.com/aws/aws-sdk-go-v2 v1.36.1
	github.com/aws/aws-sdk-go-v2/config v1.29.6
	github.com/aws/aws-sdk-go-v2/service/s3 v1.77.0
	github.com/getsentry/sentry-go v0.31.1
	github.com/go-git/go-git/v5 v5.13.2
	github.com/golang/mock v1.6.0
	github.com/googleapis/gax-go/v2 v2.14.1
	github.com/hashicorp/go-retryablehttp v0.7.7
	github.com/hashicorp/golang-lru v1.0.2
	github.com/prometheus/client_golang v1.20.5
	github.com/prometheus/common v0.62.0
	github.com/radovskyb/watcher v1.0.7
	github.com/shirou/gopsutil/v4 v4.25.1
	github.com/spf13/afero v1.12.0
	github.com/stretchr/testify v1.10.0
	github.com/wandb/simplejsonext v0.0.0-20241203202201-90635f1d8677
	golang.org/x/sync v0.11.0
	golang.org/x/time v0.10.0
	google.golang.org/api v0.215.0
	google.golang.org/grpc v1.70.0
	google.golang.org/protobuf v1.36.5
	gopkg.in/yaml.v3 v3.0.1
)

require (
	cloud.google.com/go v0.117.0 // indirect
	github.com/cespare/xxhash/v2 v2.3.0 // indirect
	github.com/google/uuid v1.6.0 // indirect
	github.com/vektah/gqlparser/v2 v2.5.20 // indirect
	go.opentelemetry.io/otel v1.33.0 // indirect
	golang.org/x/net v0.35.0 // indirect
	golang.org/x/sys v0.30.0 // indirect
	google.golang.org/genproto/googleapis/rpc v0.0.0-20241223144023-3abc09e42ca8 // indirect
)
