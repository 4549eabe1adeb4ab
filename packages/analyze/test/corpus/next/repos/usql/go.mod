module github.com/xo/usql

go 1.21

require (
	github.com/ClickHouse/clickhouse-go/v2 v2.14.3
	github.com/IBM/nzgo/v12 v12.0.8
	github.com/MichaelS11/go-cql-driver v0.1.1
	github.com/SAP/go-hdb v1.5.7
	github.com/VoltDB/voltdb-client-go v1.0.15
	github.com/alecthomas/chroma/v2 v2.9.1
	github.com/alecthomas/kingpin/v2 v2.3.2
	github.com/alexbrainman/odbc v0.0.0-20230814102256-1421b829acc9
	github.com/apache/arrow/go/v12 v12.0.1
	github.com/apache/calcite-avatica-go/v5 v5.2.0
	github.com/bippio/go-impala v2.1.0+incompatible
	github.com/btnguyen2k/gocosmos v0.3.0
	github.com/couchbase/go_n1ql v0.0.0-20220303011133-0ed4bf93e31d
	github.com/databendcloud/databend-go v0.4.3
	github.com/docker/docker v24.0.6+incompatible
	github.com/exasol/exasol-driver-go v1.0.3
	github.com/genjidb/genji v0.15.2
	github.com/go-sql-driver/mysql v1.7.1
	github.com/gocql/gocql v1.6.0
	github.com/godror/godror v0.40.3
	github.com/gohxs/readline v0.0.0-20171011095936-a780388e6e7c
	github.com/google/go-cmp v0.6.0
	github.com/googleapis/go-sql-spanner v1.1.1
	github.com/jackc/pgconn v1.14.1
	github.com/jackc/pgx/v5 v5.4.3
	github.com/lib/pq v1.10.9
	github.com/mattn/go-isatty v0.0.19
	github.com/mattn/go-sqlite3 v1.14.17
	github.com/microsoft/go-mssqldb v1.6.0
	github.com/mithrandie/csvq v1.18.1
	github.com/mithrandie/csvq-driver v1.7.0
	github.com/nakagami/firebirdsql v0.9.6
	github.com/ory/dockertest/v3 v3.10.0
	github.com/prestodb/presto-go-client v0.0.0-20230524183650-a1a0bac0f63e
	github.com/sijms/go-ora/v2 v2.7.19
	github.com/sirupsen/logrus v1.9.3
	github.com/snowflakedb/gosnowflake v1.6.25
	github.com/thda/tds v0.1.7
	github.com/trinodb/trino-go-client v0.312.0
	github.com/uber/athenadriver v1.1.14
	github.com/vertica/vertica-sql-go v1.3.3
	github.com/xo/dburl v0.16.0
	github.com/xo/tblfmt v0.10.3
	github.com/xo/terminfo v0.0.0-20220910002029-abceb7e1c41e
	github.com/yookoala/realpath v1.0.0
	github.com/ziutek/mymysql v1.5.4
	gorm.io/driver/bigquery v1.2.0
	modernc.org/ql v1.4.7
	modernc.org/sqlite v1.26.0
	sqlflow.org/gohive v0.0.0-20220817082204-15a5e01fd889
	sqlflow.org/gomaxcompute v0.0.0-20210805062559-c14ae028b44c
)

require (
	cloud.google.com/go v0.110.8 // indirect
	cloud.google.com/go/bigquery v1.56.0 // indirect
	cloud.google.com/go/spanner v1.50.0 // indirect
	github.com/Azure/azure-sdk-for-go/sdk/azcore v1.8.0 // indirect
	github.com/aws/aws-sdk-go v1.45.25 // indirect
	github.com/dlclark/regexp2 v1.10.0 // indirect
	github.com/golang/protobuf v1.5.3 // indirect
	github.com/google/uuid v1.3.1 // indirect
	github.com/jackc/pgproto3/v2 v2.3.2 // indirect
	github.com/klauspost/compress v1.17.0 // indirect
	github.com/mattn/go-runewidth v0.0.15 // indirect
	golang.org/x/crypto v0.14.0 // indirect
	golang.org/x/net v0.17.0 // indirect
	golang.org/x/sys v0.13.0 // indirect
	google.golang.org/grpc v1.58.3 // indirect
	google.golang.org/protobuf v1.31.0 // indirect
	modernc.org/libc v1.24.1 // indirect
)
