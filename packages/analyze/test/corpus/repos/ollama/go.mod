module github.com/ollama/ollama

go 1.26.0

require (
	github.com/TheTitanrain/w32 v0.0.0-20180517000239-4f5cfb03fabf
	github.com/containerd/console v1.0.3
	github.com/gin-gonic/gin v1.10.0
	github.com/golang/protobuf v1.5.4 // indirect
	github.com/google/go-cmp v0.7.0
	github.com/google/uuid v1.6.0
	github.com/ledongthuc/pdf v0.0.0-20250511090121-5959a4027728
	github.com/mattn/go-sqlite3 v1.14.24
	github.com/olekukonko/tablewriter v0.0.5
	github.com/spf13/cobra v1.7.0
	github.com/stretchr/testify v1.10.0
	github.com/x448/float16 v0.8.4
	golang.org/x/sync v0.17.0
	golang.org/x/sys v0.37.0
)

require (
	github.com/agnivade/levenshtein v1.1.1
	github.com/charmbracelet/bubbletea v1.3.10
	github.com/charmbracelet/glamour v1.0.0
	github.com/d4l3k/go-bfloat16 v0.0.0-20211005043715-690c3bdd05f1
	github.com/dlclark/regexp2 v1.11.5
	github.com/emirpasic/gods/v2 v2.0.0-alpha
	github.com/klauspost/compress v1.18.3
	github.com/mattn/go-runewidth v0.0.17
	github.com/nlpodyssey/gopickle v0.3.0
	github.com/pdevine/tensor v0.0.0-20240510204454-f88f4562727c
	github.com/pelletier/go-toml/v2 v2.2.2
	github.com/pkg/browser v0.0.0-20240102092130-5ac0b6a4141c
	github.com/tree-sitter/go-tree-sitter v0.25.0
	github.com/wk8/go-ordered-map/v2 v2.1.8
	golang.org/x/image v0.22.0
	golang.org/x/mod v0.30.0
	golang.org/x/tools v0.38.0
	gonum.org/v1/gonum v0.15.0
)

require (
	github.com/gin-contrib/cors v1.7.2
	github.com/spf13/pflag v1.0.5
	golang.org/x/crypto v0.43.0
	golang.org/x/term v0.36.0
	golang.org/x/text v0.30.0
	google.golang.org/protobuf v1.34.1
	gopkg.in/yaml.v3 v3.0.1
)
