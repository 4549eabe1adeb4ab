package main

import (
	"fmt"
	"log"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/alecthomas/kong"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/protomaps/go-pmtiles/pmtiles"
	_ "gocloud.dev/blob/azureblob"
	_ "gocloud.dev/blob/fileblob"
	_ "gocloud.dev/blob/gcsblob"
	_ "gocloud.dev/blob/s3blob"
)

var (
	version = "dev"
	commit  = "none"
	date    = "unknown"
)

var cli struct {
	Show struct {
		Path       string `arg:""`
		Bucket     string `help:"Remote bucket"`
		Metadata   bool   `help:"Print only the JSON metadata"`
		HeaderJson bool   `help:"Print a JSON representation of part of the header information"`
		Tilejson   bool   `help:"Print the TileJSON"`
		PublicURL  string `help:"Public base URL of tile endpoint for TileJSON e.g. https://example.com/tiles"`
	} `cmd:"" help:"Inspect a local or remote archive"`

	Extract struct {
		Input           string  `arg:"" help:"Input local or remote archive"`
		Output          string  `arg:"" help:"Output archive" type:"path"`
		Bucket          string  `help:"Remote bucket of input archive"`
		Region          string  `help:"local GeoJSON Polygon or MultiPolygon file for area of interest" type:"existingfile"`
		Bbox            string  `help:"bbox area of interest: min_lon,min_lat,max_lon,max_lat" type:"string"`
		Minzoom         int8    `default:"-1" help:"Minimum zoom level, inclusive"`
		Maxzoom         int8    `default:"-1" help:"Maximum zoom level, inclusive"`
		DownloadThreads int     `default:"4" help:"Number of download threads"`
		DryRun          bool    `help:"Calculate tiles to extract, but don't download them"`
		Overfetch       float32 `default:"0.05" help:"What ratio of extra data to download to minimize # requests; 0.2 is 20%"`
	} `cmd:"" help:"Create an archive from a larger archive for a subset of zoom levels or geographic region"`

	Convert struct {
		Input           string `arg:"" help:"Input archive" type:"existingfile"`
		Output          string `arg:"" help:"Output archive" type:"path"`
		Force           bool   `help:"Force removal"`
		NoDeduplication bool   `help:"Don't attempt to deduplicate tiles"`
		Tmpdir          string `help:"An optional path to a folder for temporary files" type:"existingdir"`
	} `cmd:"" help:"Convert an MBTiles or older spec version to PMTiles"`

	Serve struct {
		Path      string `arg:"" help:"Local path or bucket prefix"`
		Interface string `default:"0.0.0.0"`
		Port      int    `default:"8080"`
		AdminPort int    `default:"-1"`
		Cors      string `help:"Comma-separated list of of allowed HTTP CORS origins"`
		CacheSize int    `default:"64" help:"Size of cache in megabytes"`
		Bucket    string `help:"Remote bucket"`
		PublicURL string `help:"Public base URL of tile endpoint for TileJSON e.g. https://example.com/tiles/"`
	} `cmd:"" help:"Run an HTTP proxy server for Z/X/Y tiles"`

	Version struct {
	} `cmd:"" help:"Show the program version"`
}

func main() {
	if len(os.Args) < 2 {
		os.Args = append(os.Args, "--help")
	}

	logger := log.New(os.Stdout, "", log.Ldate|log.Ltime|log.Lshortfile)
	ctx := kong.Parse(&cli)

	switch ctx.Command() {
	case "show <path>":
		err := pmtiles.Show(logger, os.Stdout, cli.Show.Bucket, cli.Show.Path, cli.Show.HeaderJson, cli.Show.Metadata, cli.Show.Tilejson, cli.Show.PublicURL, false, 0, 0, 0)
		if err != nil {
			logger.Fatalf("Failed to show archive, %v", err)
		}
	case "serve <path>":
		server, err := pmtiles.NewServer(cli.Serve.Bucket, cli.Serve.Path, logger, cli.Serve.CacheSize, cli.Serve.PublicURL)

		if err != nil {
			logger.Fatalf("Failed to create new server, %v", err)
		}

		pmtiles.SetBuildInfo(version, commit, date)
		server.Start()

		mux := http.NewServeMux()

		mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
			start := time.Now()
			statusCode := server.ServeHTTP(w, r)
			logger.Printf("served %d %s in %s", statusCode, url.PathEscape(r.URL.Path), time.Since(start))
		})

		if cli.Serve.AdminPort > 0 {
			go func() {
				adminPort := strconv.Itoa(cli.Serve.AdminPort)
				adminMux := http.NewServeMux()
				adminMux.Handle("/metrics", promhttp.Handler())
				logger.Fatal(startHTTPServer(cli.Serve.Interface+":"+adminPort, adminMux))
			}()
		}
		logger.Fatal(startHTTPServer(cli.Serve.Interface+":"+strconv.Itoa(cli.Serve.Port), mux))
	case "extract <input> <output>":
		err := pmtiles.Extract(logger, cli.Extract.Bucket, cli.Extract.Input, cli.Extract.Minzoom, cli.Extract.Maxzoom, cli.Extract.Region, cli.Extract.Bbox, cli.Extract.Output, cli.Extract.DownloadThreads, cli.Extract.Overfetch, cli.Extract.DryRun)
		if err != nil {
			logger.Fatalf("Failed to extract, %v", err)
		}
	case "convert <input> <output>":
		// ... (temp file handling and pmtiles.Convert call trimmed)
	case "version":
		fmt.Printf("pmtiles %s, commit %s, built at %s\n", version, commit, date)
	default:
		panic(ctx.Command())
	}

}
func startHTTPServer(addr string, handler http.Handler) error {
	server := &http.Server{
		ReadTimeout:       10 * time.Second,
		ReadHeaderTimeout: 10 * time.Second,
		WriteTimeout:      10 * time.Second,
		IdleTimeout:       30 * time.Second,
		Addr:              addr,
		Handler:           handler,
	}
	return server.ListenAndServe()
}
