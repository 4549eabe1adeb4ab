module github.com/pulumi/pulumi/pkg/v3

go 1.22

replace github.com/pulumi/pulumi/sdk/v3 => ../sdk

// Working around https://github.com/sergi/go-diff/issues/123
replace github.com/sergi/go-diff => github.com/sergi/go-diff v1.1.0

require (
	cloud.google.com/go/logging v1.9.0
	cloud.google.com/go/storage v1.39.1
	github.com/aws/aws-sdk-go v1.50.36
	github.com/blang/semver v3.5.1+incompatible
	github.com/dustin/go-humanize v1.0.1
	github.com/golang/glog v1.2.4
	github.com/gorilla/mux v1.8.0
	github.com/hashicorp/go-multierror v1.1.1
	github.com/hashicorp/hcl/v2 v2.22.0
	github.com/moby/moby v26.1.5+incompatible
	github.com/opentracing/opentracing-go v1.2.0
	github.com/pulumi/pulumi/sdk/v3 v3.159.0
	github.com/santhosh-tekuri/jsonschema/v5 v5.0.0
	github.com/sergi/go-diff v1.3.2-0.20230802210424-5b0b94c5c0d3
	github.com/spf13/cobra v1.8.0
	github.com/spf13/pflag v1.0.5
	github.com/stretchr/testify v1.10.0
	github.com/zclconf/go-cty v1.13.2
	gocloud.dev v0.37.0
	golang.org/x/net v0.35.0
	golang.org/x/oauth2 v0.22.0
	golang.org/x/sync v0.11.0
	google.golang.org/api v0.169.0
	google.golang.org/grpc v1.67.1
	gopkg.in/yaml.v3 v3.0.1
)

require (
	github.com/AlecAivazis/survey/v2 v2.3.7
	github.com/Azure/azure-sdk-for-go/sdk/azidentity v1.6.0
	github.com/aws/aws-sdk-go-v2 v1.26.1
	github.com/charmbracelet/glamour v0.6.0
	github.com/go-git/go-git/v5 v5.13.1
	github.com/google/go-github/v55 v55.0.0
	github.com/google/uuid v1.6.0
	github.com/pulumi/esc v0.10.0
	go.opentelemetry.io/otel v1.24.0
	go.uber.org/automaxprocs v1.6.0
	golang.org/x/sys v0.30.0
	google.golang.org/protobuf v1.35.1
)

require (
	cloud.google.com/go v0.112.1 // indirect
	github.com/inconshreveable/mousetrap v1.1.0 // indirect
	github.com/mattn/go-isatty v0.0.20 // indirect
	github.com/pkg/errors v0.9.1 // indirect
)
