module github.com/kserve/kserve

go 1.24.1

require (
	cloud.google.com/go/storage v1.50.0
	github.com/aws/aws-sdk-go v1.55.6
	github.com/cloudevents/sdk-go/v2 v2.15.2
	github.com/fsnotify/fsnotify v1.9.0
	github.com/getkin/kin-openapi v0.131.0
	github.com/go-logr/logr v1.4.3
	github.com/go-logr/zapr v1.3.0
	github.com/gofrs/uuid/v5 v5.3.0
	github.com/google/go-cmp v0.7.0
	github.com/google/uuid v1.6.0
	github.com/googleapis/google-cloud-go-testing v0.0.0-20210719221736-1c9a4c676720
	github.com/json-iterator/go v1.1.12
	github.com/kedacore/keda/v2 v2.16.1
	github.com/kelseyhightower/envconfig v1.4.0
	github.com/onsi/ginkgo/v2 v2.23.3
	github.com/onsi/gomega v1.36.3
	github.com/open-telemetry/opentelemetry-operator v0.113.0
	github.com/pkg/errors v0.9.1
	github.com/spf13/cobra v1.8.1
	github.com/spf13/pflag v1.0.6
	github.com/stretchr/testify v1.10.0
	github.com/tidwall/gjson v1.18.0
	go.uber.org/zap v1.27.0
	gomodules.xyz/jsonpatch/v2 v2.5.0
	google.golang.org/api v0.226.0
	google.golang.org/protobuf v1.36.6
	gopkg.in/go-playground/validator.v9 v9.31.0
	istio.io/api v1.24.2
	istio.io/client-go v1.24.2
	k8s.io/api v0.33.1
	k8s.io/apimachinery v0.33.1
	k8s.io/client-go v0.33.1
	k8s.io/code-generator v0.33.1
	k8s.io/component-helpers v0.32.1
	k8s.io/klog/v2 v2.130.1
	k8s.io/kube-openapi v0.0.0-20250318190949-c8a335a9a2ff
	k8s.io/utils v0.0.0-20241210054802-24370beab758
	knative.dev/networking v0.0.0-20250117155906-67d1c274ba6a
	knative.dev/pkg v0.0.0-20250117084104-c43477f0052b
	knative.dev/serving v0.44.0
	sigs.k8s.io/controller-runtime v0.20.4
	sigs.k8s.io/gateway-api v1.2.1
	sigs.k8s.io/gateway-api-inference-extension v0.3.0
	sigs.k8s.io/yaml v1.4.0
)

require (
	cel.dev/expr v0.19.1 // indirect
	cloud.google.com/go v0.116.0 // indirect
	github.com/beorn7/perks v1.0.1 // indirect
	github.com/cespare/xxhash/v2 v2.3.0 // indirect
	github.com/emicklei/go-restful/v3 v3.12.2 // indirect
	github.com/evanphx/json-patch/v5 v5.9.11 // indirect
	github.com/gogo/protobuf v1.3.2 // indirect
	github.com/golang/protobuf v1.5.4 // indirect
	github.com/google/cel-go v0.23.2 // indirect
	github.com/prometheus/client_golang v1.22.0 // indirect
	github.com/prometheus/common v0.64.0 // indirect
	go.opentelemetry.io/otel v1.35.0 // indirect
	go.uber.org/multierr v1.11.0 // indirect
	golang.org/x/net v0.41.0 // indirect
	golang.org/x/sys v0.33.0 // indirect
	google.golang.org/grpc v1.71.0 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
	k8s.io/apiextensions-apiserver v0.33.1 // indirect
	k8s.io/apiserver v0.33.1 // indirect
	k8s.io/component-base v0.33.1 // indirect
	sigs.k8s.io/json v0.0.0-20241014173422-cfa47c3a1cc8 // indirect
	sigs.k8s.io/structured-merge-diff/v4 v4.7.0 // indirect
)

// google.golang.org/grpc/stats/opentelemetry is used by the keda package.
exclude google.golang.org/grpc/stats/opentelemetry v0.0.0-00010101000000-000000000000

// Currently, KEDA requires 0.19 but GIE uses 0.21
replace sigs.k8s.io/controller-runtime => sigs.k8s.io/controller-runtime v0.19.7
