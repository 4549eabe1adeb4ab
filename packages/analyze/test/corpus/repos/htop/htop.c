/*
htop - htop.c
(C) 2004-2011 Hisham H. Muhammad
Released under the GNU GPLv2, see the COPYING file
in the source distribution for its full text.
*/

#include "config.h" // IWYU pragma: keep

#include <assert.h>
#include <getopt.h>
#include <locale.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "Action.h"
#include "CRT.h"
#include "Hashtable.h"
#include "Header.h"
#include "IncSet.h"
#include "MainPanel.h"
#include "MetersPanel.h"
#include "Panel.h"
#include "Platform.h"
#include "Process.h"
#include "ProcessList.h"
#include "ProvideCurses.h"
#include "ScreenManager.h"
#include "Settings.h"
#include "UsersTable.h"
#include "XUtils.h"

static void printVersionFlag(void) {
   fputs(PACKAGE " " VERSION "\n", stdout);
}

static void printHelpFlag(void) {
   fputs(PACKAGE " " VERSION "\n"
         COPYRIGHT "\n"
         "Released under the GNU GPLv2.\n\n"
         "-C --no-color                   Use a monochrome color scheme\n"
         "-d --delay=DELAY                Set the delay between updates, in tenths of seconds\n"
         "-F --filter=FILTER              Show only the commands matching the given filter\n"
         "-h --help                       Print this help screen\n"
         "-H --highlight-changes[=DELAY]  Highlight new and old processes\n"
         "-M --no-mouse                   Disable the mouse\n"
         "-p --pid=PID[,PID,PID...]       Show only the given PIDs\n"
         "-s --sort-key=COLUMN            Sort by COLUMN (try --sort-key=help for a list)\n"
         "-t --tree                       Show the tree view by default\n"
         "-u --user[=USERNAME]            Show only processes for a given user (or $USER)\n"
         "-U --no-unicode                 Do not use unicode but plain ASCII\n"
         "-V --version                    Print version info\n"
         "\n"
         "Long options may be passed with a single dash.\n\n"
         "Press F1 inside " PACKAGE " for online help.\n"
         "See 'man " PACKAGE "' for more information.\n",
         stdout);
}

// ----------------------------------------

typedef struct CommandLineSettings_ {
   Hashtable* pidMatchList;
   char* commFilter;
   uid_t userId;
   int sortKey;
   int delay;
   bool useColors;
   bool enableMouse;
   bool treeView;
   bool allowUnicode;
   bool highlightChanges;
   int highlightDelaySecs;
} CommandLineSettings;

int main(int argc, char** argv) {

   char *lc_ctype = getenv("LC_CTYPE");
   if (lc_ctype != NULL)
      setlocale(LC_CTYPE, lc_ctype);
   else if ((lc_ctype = getenv("LC_ALL")))
      setlocale(LC_CTYPE, lc_ctype);
   else
      setlocale(LC_CTYPE, "");

   CommandLineSettings flags = parseArguments(argc, argv);

   Platform_init();

   Process_setupColumnWidths();

   UsersTable* ut = UsersTable_new();
   ProcessList* pl = ProcessList_new(ut, flags.pidMatchList, flags.userId);

   Settings* settings = Settings_new(pl->cpuCount);
   pl->settings = settings;

   Header* header = Header_new(pl, settings, 2);

   Header_populateFromSettings(header);

   CRT_init(settings->delay, settings->colorScheme, flags.allowUnicode);

   MainPanel* panel = MainPanel_new();
   ProcessList_setPanel(pl, (Panel*) panel);

   ScreenManager* scr = ScreenManager_new(0, header->height, 0, -1, HORIZONTAL, header, settings, &state, true);
   ScreenManager_add(scr, (Panel*) panel, -1);

   ProcessList_scan(pl, false);
   millisleep(75);
   ProcessList_scan(pl, false);

   ScreenManager_run(scr, NULL, NULL);

   Platform_done();

   CRT_done();
   if (settings->changed)
      Settings_write(settings);

   return 0;
}
