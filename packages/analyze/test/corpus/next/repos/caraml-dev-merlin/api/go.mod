module github.com/gojek/merlin

go 1.18

require (
	cloud.google.com/go/bigtable v1.11.0
	github.com/GoogleCloudPlatform/spark-on-k8s-operator v0.0.0-20220214044918-55732a6a392c
	github.com/afex/hystrix-go v0.0.0-20180502004556-fa1af6a1f4f5
	github.com/antonmedv/expr v1.8.9
	github.com/buger/jsonparser v1.1.1
	github.com/caraml-dev/protopath v0.1.0
	github.com/feast-dev/feast/sdk/go v0.9.4
	github.com/fraugster/parquet-go v0.10.0
	github.com/go-gota/gota v0.0.0-00010101000000-000000000000
	github.com/go-playground/validator v9.30.0+incompatible
	github.com/go-redis/redis/v8 v8.11.4
	github.com/gogo/protobuf v1.3.2
	github.com/gojek/merlin-pyspark-app v0.0.3
	github.com/gojek/mlp v0.0.0-20201002030420-4e35e69a9ab8
	github.com/golang-migrate/migrate/v4 v4.11.0
	github.com/google/uuid v1.3.0
	github.com/gorilla/mux v1.8.0
	github.com/hashicorp/vault/api v1.0.4
	github.com/jinzhu/gorm v1.9.11
	github.com/kelseyhightower/envconfig v1.4.0
	github.com/kserve/kserve v0.8.0
	github.com/linkedin/goavro/v2 v2.10.1
	github.com/opentracing/opentracing-go v1.2.0
	github.com/pkg/errors v0.9.1
	github.com/prometheus/client_golang v1.12.1
	github.com/stretchr/testify v1.8.0
	github.com/xanzy/go-gitlab v0.32.0
	go.uber.org/zap v1.21.0
	google.golang.org/api v0.84.0
	google.golang.org/grpc v1.48.0
	google.golang.org/protobuf v1.28.1
	gopkg.in/yaml.v2 v2.4.0
	istio.io/api v0.0.0-20200715212100-dbf5277541ef
	istio.io/client-go v0.0.0-20201005161859-d8818315d678
	k8s.io/api v0.23.4
	k8s.io/apimachinery v0.23.4
	k8s.io/client-go v0.23.4
	knative.dev/pkg v0.0.0-20211206113427-18589ac7627e
	knative.dev/serving v0.28.0
	sigs.k8s.io/controller-runtime v0.11.0
	sigs.k8s.io/yaml v1.3.0
)

require (
	github.com/caraml-dev/universal-prediction-interface v0.0.0-20220913065109-8170722e7551
	k8s.io/klog/v2 v2.40.1 // indirect
)

replace (
	github.com/go-gota/gota => github.com/gojekfarm/gota v0.12.1-0.20220728030132-6dc5095da912
	github.com/gojek/merlin-pyspark-app => ../python/batch-predictor
	github.com/googleapis/gnostic => github.com/google/gnostic v0.5.5
	k8s.io/api => k8s.io/api v0.21.3
	k8s.io/apimachinery => k8s.io/apimachinery v0.21.3
	k8s.io/client-go => k8s.io/client-go v0.21.3
)
