module github.com/tsenart/vegeta/v12

go 1.20

require (
	github.com/alecthomas/jsonschema v0.0.0-20220216202328-9eeeec9d044b
	github.com/bmizerany/perks v0.0.0-20230307044200-03f9df79da1e
	github.com/c2h5oh/datasize v0.0.0-20220606134207-859f65c6625b
	github.com/dgryski/go-gk v0.0.0-20200319235926-a69029f61654
	github.com/dgryski/go-lttb v0.0.0-20230207170358-f8fc36cdbff1
	github.com/google/go-cmp v0.6.0
	github.com/influxdata/tdigest v0.0.1
	github.com/mailru/easyjson v0.7.7
	github.com/miekg/dns v1.1.56
	github.com/prometheus/client_golang v1.17.0
	github.com/prometheus/prometheus v0.47.2
	github.com/rs/dnscache v0.0.0-20211102005908-e0241e321417
	github.com/streadway/quantile v0.0.0-20220407130108-4246515d968d
	github.com/tsenart/go-tsz v0.0.0-20180814235614-0bd30b3df1c3
	golang.org/x/net v0.18.0
	pgregory.net/rapid v1.1.0
)

require (
	github.com/beorn7/perks v1.0.1 // indirect
	github.com/cespare/xxhash/v2 v2.2.0 // indirect
	github.com/gogo/protobuf v1.3.2 // indirect
	github.com/golang/protobuf v1.5.3 // indirect
	github.com/grafana/regexp v0.0.0-20221122212121-6b5c0a4cb7fd // indirect
	github.com/iancoleman/orderedmap v0.3.0 // indirect
	github.com/josharian/intern v1.0.0 // indirect
	github.com/matttproud/golang_protobuf_extensions v1.0.4 // indirect
	github.com/pkg/errors v0.9.1 // indirect
	github.com/prometheus/client_model v0.4.1-0.20230718164431-9a2bf3000d16 // indirect
	github.com/prometheus/common v0.44.0 // indirect
	github.com/prometheus/procfs v0.11.1 // indirect
	golang.org/x/exp v0.0.0-20230713183714-613f0c0eb8a1 // indirect
	golang.org/x/mod v0.12.0 // indirect
	golang.org/x/sync v0.3.0 // indirect
	golang.org/x/sys v0.14.0 // indirect
	golang.org/x/text v0.14.0 // indirect
	golang.org/x/tools v0.13.0 // indirect
	google.golang.org/protobuf v1.31.0 // indirect
)
