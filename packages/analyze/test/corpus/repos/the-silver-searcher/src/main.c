#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <fcntl.h>
#include <pcre.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/dir.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/types.h>
#include <unistd.h>

#include "ignore.h"
#include "log.h"
#include "options.h"
#include "print.h"
#include "util.h"

#include "config.h"
/* #define AG_DEBUG */

/* TODO: make these configurable */
const int MAX_SEARCH_DEPTH = 25;
const int MAX_MATCHES_PER_FILE = 10000;

ag_stats stats;

size_t skip_lookup[256];

int search_dir(const pcre *re, const pcre_extra *re_extra, const char* path, const int depth) {
    /* ... scandir(), mmap() each file, then boyer_moore_strnstr() or pcre_exec() ... */
    return(0);
}

int main(int argc, char **argv) {
    set_log_level(LOG_LEVEL_WARN);

#ifdef AG_DEBUG
    set_log_level(LOG_LEVEL_DEBUG);
#endif

    char *query = NULL;
    char *path = NULL;
    int pcre_opts = 0;
    int study_opts = 0;
    const char *pcre_err = NULL;
    int pcre_err_offset = 0;
    pcre *re = NULL;
    pcre_extra *re_extra = NULL;

    memset(&stats, 0, sizeof(&stats)); /* What's the point of an init function if it's going to be this one-liner? */

    gettimeofday(&(stats.time_start), NULL);

    parse_options(argc, argv, &query, &path);

    log_debug("PCRE Version: %s", pcre_version());

    if (opts.casing == CASE_INSENSITIVE) {
        pcre_opts = pcre_opts | PCRE_CASELESS;
    }

    if (!is_regex(opts.query, opts.query_len)) {
        /* No special chars. Do a literal match */
        opts.literal = 1;
    }

    if (opts.literal) {
        generate_skip_lookup(opts.query, opts.query_len, skip_lookup, opts.casing == CASE_SENSITIVE);
    }
    else {
        re = pcre_compile(query, pcre_opts, &pcre_err, &pcre_err_offset, NULL);
        if (re == NULL) {
            log_err("pcre_compile failed at position %i. Error: %s", pcre_err_offset, pcre_err);
            exit(1);
        }

#ifdef USE_PCRE_JIT
        int has_jit = 0;
        pcre_config(PCRE_CONFIG_JIT, &has_jit);
        if (has_jit) {
            study_opts = study_opts | PCRE_STUDY_JIT_COMPILE;
        }
#endif
        re_extra = pcre_study(re, study_opts, &pcre_err);
        if (re_extra == NULL) {
            log_err("pcre_study failed. Error: %s", pcre_err);
            exit(1);
        }
    }

    search_dir(re, re_extra, path, 0);

    /* ... print stats ... */

    pcre_free(re);
    pcre_free(re_extra); /* Using pcre_free_study here segfaults on some versions of PCRE */
    free(query);
    free(path);
    cleanup_ignore_patterns();

    return(0);
}
