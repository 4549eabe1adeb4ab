package main

import (
	"flag"
	"fmt"
	"github.com/mumax/3/cuda"
	"github.com/mumax/3/engine"
	"github.com/mumax/3/prof"
	"github.com/mumax/3/script"
	"github.com/mumax/3/util"
	"io/ioutil"
	"log"
	"os"
	"runtime"
	"time"
)

var (
	flag_version     = flag.Bool("v", false, "Print version")
	flag_interactive = flag.Bool("i", false, "Open interactive browser session")
	flag_silent      = flag.Bool("s", false, "Silent") // provided for backwards compatibility
	flag_vet         = flag.Bool("vet", false, "Check input files for errors, but don't run them")
	flag_od          = flag.String("o", "", "Override output directory")
	flag_force       = flag.Bool("f", true, "Force start, clean existing output directory")
	flag_port        = flag.String("http", ":35367", "Port to serve web gui")
	flag_cpuprof     = flag.Bool("cpuprof", false, "Record gopprof CPU profile")
	flag_memprof     = flag.Bool("memprof", false, "Recored gopprof memory profile")
	flag_gpu         = flag.Int("gpu", 0, "specify GPU")
	flag_sync        = flag.Bool("sync", false, "synchronize all CUDA calls (debug)")
	flag_test        = flag.Bool("test", false, "cuda test (internal)")
)

func main() {
	flag.Parse()
	log.SetPrefix("")
	log.SetFlags(0)

	if *flag_version {
		printVersion()
	}

	runtime.GOMAXPROCS(runtime.NumCPU())
	cuda.Init(*flag_gpu)
	cuda.Synchronous = *flag_sync
	// used by bootstrap launcher to test cuda
	// successful exit means cuda was initialized fine
	if *flag_test {
		os.Exit(0)
	}

	engine.GUI.PrepareServer() // needed even if not serving

	// ... (profiling and vet options trimmed)

	defer prof.Cleanup()
	defer engine.Close()

	switch flag.NArg() {
	case 0:
		runInteractive()
	case 1:
		runFileAndServe(flag.Arg(0))
	default:
		runQueue(flag.Args())
	}
}

// ... (runInteractive, runFileAndServe, suggestOD, printVersion trimmed)
