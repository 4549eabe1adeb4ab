module github.com/mudler/LocalAI

go 1.26.0

require (
	dario.cat/mergo v1.0.2
	fyne.io/fyne/v2 v2.7.3
	github.com/Masterminds/sprig/v3 v3.3.0
	github.com/alecthomas/kong v1.14.0
	github.com/anthropics/anthropic-sdk-go v1.26.0
	github.com/charmbracelet/glamour v0.10.0
	github.com/containerd/containerd v1.7.30
	github.com/dhowden/tag v0.0.0-20240417053706-3d75831295e8
	github.com/ebitengine/purego v0.9.1
	github.com/emirpasic/gods/v2 v2.0.0-alpha
	github.com/fsnotify/fsnotify v1.9.0
	github.com/go-audio/wav v1.1.0
	github.com/go-skynet/go-llama.cpp v0.0.0-20240314183750-6a8041ef6b46
	github.com/gofrs/flock v0.13.0
	github.com/google/go-containerregistry v0.21.1
	github.com/google/uuid v1.6.0
	github.com/gpustack/gguf-parser-go v0.24.0
	github.com/hpcloud/tail v1.0.0
	github.com/ipfs/go-log v1.0.5
	github.com/jaypipes/ghw v0.23.0
	github.com/joho/godotenv v1.5.1
	github.com/klauspost/cpuid/v2 v2.3.0
	github.com/labstack/echo/v4 v4.15.0
	github.com/libp2p/go-libp2p v0.43.0
	github.com/lithammer/fuzzysearch v1.1.8
	github.com/mholt/archiver/v3 v3.5.1
	github.com/microcosm-cc/bluemonday v1.0.27
	github.com/modelcontextprotocol/go-sdk v1.4.0
	github.com/mudler/cogito v0.9.3-0.20260306202429-e073d115bd04
	github.com/mudler/edgevpn v0.31.1
	github.com/mudler/go-processmanager v0.1.0
	github.com/mudler/memory v0.0.0-20251216220809-d1256471a6c2
	github.com/mudler/xlog v0.0.5
	github.com/onsi/ginkgo/v2 v2.28.1
	github.com/onsi/gomega v1.39.1
	github.com/openai/openai-go/v3 v3.24.0
	github.com/otiai10/copy v1.14.1
	github.com/otiai10/openaigo v1.7.0
	github.com/phayes/freeport v0.0.0-20220201140144-74d24b5ae9f5
	github.com/prometheus/client_golang v1.23.2
	github.com/robfig/cron/v3 v3.0.1
	github.com/russross/blackfriday v1.6.0
	github.com/sashabaranov/go-openai v1.41.2
	github.com/schollz/progressbar/v3 v3.19.0
	github.com/shirou/gopsutil/v3 v3.24.5
	github.com/streamer45/silero-vad-go v0.2.1
	github.com/stretchr/testify v1.11.1
	github.com/swaggo/echo-swagger v1.4.1
	github.com/swaggo/swag v1.16.6
	github.com/testcontainers/testcontainers-go v0.40.0
	go.opentelemetry.io/otel v1.41.0
	go.opentelemetry.io/otel/exporters/prometheus v0.62.0
	go.opentelemetry.io/otel/metric v1.41.0
	go.opentelemetry.io/otel/sdk/metric v1.40.0
	google.golang.org/grpc v1.79.1
	google.golang.org/protobuf v1.36.11
	gopkg.in/yaml.v3 v3.0.1
	oras.land/oras-go/v2 v2.6.0
)

require (
	github.com/blevesearch/bleve/v2 v2.5.7 // indirect
	github.com/gofiber/fiber/v2 v2.52.9 // indirect
	github.com/mudler/LocalAGI v0.0.0-20260306154948-5a27c471ca78
	github.com/mudler/localrecall v0.5.4 // indirect
	github.com/mudler/skillserver v0.0.5-0.20260221145827-0639a82c8f49
	github.com/rs/zerolog v1.31.0 // indirect
	// ... remaining indirect requirements trimmed ...
)

require (
	github.com/docker/docker v28.5.2+incompatible
	github.com/docker/go-connections v0.6.0
	github.com/go-audio/audio v1.0.0
	github.com/gorilla/websocket v1.5.3
	// ... remaining indirect requirements trimmed ...
)
