module github.com/kubeflow/katib

go 1.22.0

require (
	github.com/DATA-DOG/go-sqlmock v1.5.0
	github.com/awalterschulze/gographviz v2.0.3+incompatible
	github.com/c-bata/goptuna v0.8.0
	github.com/go-sql-driver/mysql v1.5.0
	github.com/google/go-cmp v0.6.0
	github.com/google/go-containerregistry v0.15.2
	github.com/google/go-containerregistry/pkg/authn/k8schain v0.0.0-20230517160804-b7ad3f13a62c
	github.com/grpc-ecosystem/go-grpc-middleware v1.3.0
	github.com/lib/pq v1.10.6
	github.com/mattbaird/jsonpatch v0.0.0-20171005235357-81af80346b1a
	github.com/nxadm/tail v1.4.11
	github.com/onsi/gomega v1.35.1
	github.com/open-policy-agent/cert-controller v0.12.0
	github.com/prometheus/client_golang v1.20.2
	github.com/shirou/gopsutil/v3 v3.22.5
	github.com/spf13/viper v1.9.0
	github.com/tidwall/gjson v1.14.1
	go.uber.org/mock v0.4.0
	google.golang.org/grpc v1.65.0
	google.golang.org/protobuf v1.35.1
	k8s.io/api v0.31.3
	k8s.io/apimachinery v0.31.3
	k8s.io/client-go v0.31.3
	k8s.io/code-generator v0.31.3
	k8s.io/klog v1.0.0
	k8s.io/kube-openapi v0.0.0-20240430033511-f0e62f92d13f
	k8s.io/utils v0.0.0-20240711033017-18e509b52bc8
	sigs.k8s.io/controller-runtime v0.19.1
	sigs.k8s.io/structured-merge-diff/v4 v4.4.1
	sigs.k8s.io/yaml v1.4.0
)

require (
	cloud.google.com/go/compute/metadata v0.3.0 // indirect
	github.com/beorn7/perks v1.0.1 // indirect
	github.com/cespare/xxhash/v2 v2.3.0 // indirect
	github.com/docker/docker v26.1.5+incompatible // indirect
	github.com/go-logr/logr v1.4.2 // indirect
	github.com/gogo/protobuf v1.3.2 // indirect
	github.com/golang/protobuf v1.5.4 // indirect
	github.com/google/uuid v1.6.0 // indirect
	go.uber.org/zap v1.26.0 // indirect
	golang.org/x/net v0.30.0 // indirect
	golang.org/x/sys v0.28.0 // indirect
	gonum.org/v1/gonum v0.8.2 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
	k8s.io/klog/v2 v2.130.1 // indirect
)
