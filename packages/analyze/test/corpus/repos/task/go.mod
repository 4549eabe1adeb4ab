module github.com/go-task/task/v3

go 1.20

require (
	github.com/Masterminds/semver/v3 v3.2.1
	github.com/davecgh/go-spew v1.1.1
	github.com/fatih/color v1.16.0
	github.com/go-task/slim-sprig/v3 v3.0.0
	github.com/joho/godotenv v1.5.1
	github.com/mattn/go-zglob v0.0.4
	github.com/mitchellh/hashstructure/v2 v2.0.2
	github.com/radovskyb/watcher v1.0.7
	github.com/sajari/fuzzy v1.0.0
	github.com/spf13/pflag v1.0.5
	github.com/stretchr/testify v1.8.4
	github.com/zeebo/xxh3 v1.0.2
	golang.org/x/exp v0.0.0-20240110193028-0dcbfd608b1e
	golang.org/x/sync v0.6.0
	golang.org/x/term v0.16.0
	gopkg.in/yaml.v3 v3.0.1
	mvdan.cc/sh/v3 v3.7.0
)

require (
	github.com/klauspost/cpuid/v2 v2.0.9 // indirect
	github.com/mattn/go-colorable v0.1.13 // indirect
	github.com/mattn/go-isatty v0.0.20 // indirect
	github.com/pmezard/go-difflib v1.0.0 // indirect
	github.com/stretchr/objx v0.5.0 // indirect
	golang.org/x/sys v0.16.0 // indirect
	gopkg.in/check.v1 v1.0.0-20180628173108-788fd7840127 // indirect
)
