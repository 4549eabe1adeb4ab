#!/usr/bin/env bash

# -----------------------------------------------------------------------------
# Log functions
# -----------------------------------------------------------------------------

fn_log_info() {
	echo "rsync_tmbackup: $1"
}

fn_log_warn() {
	echo "rsync_tmbackup: [WARNING] $1"
}

fn_log_error() {
	echo "rsync_tmbackup: [ERROR] $1"
}

# -----------------------------------------------------------------------------
# Make sure everything really stops when CTRL+C is pressed
# -----------------------------------------------------------------------------

fn_terminate_script() {
	echo "rsync_tmbackup: SIGINT caught."
	exit 1
}

trap 'fn_terminate_script' SIGINT

fn_find_backups() {
	find "$DEST_FOLDER" -type d -name "????-??-??-??????" -prune
}

# -----------------------------------------------------------------------------
# Source and destination information
# -----------------------------------------------------------------------------

SRC_FOLDER=${1%/}
DEST_FOLDER=${2%/}
EXCLUSION_FILE=$3

# -----------------------------------------------------------------------------
# Check that the destination drive is a backup drive
# -----------------------------------------------------------------------------

fn_backup_marker_path() {
	echo "$1/backup.marker"
}

fn_is_backup_destination() {
	find "$(fn_backup_marker_path "$1")" 2>/dev/null
}

if [ -z "$(fn_is_backup_destination $DEST_FOLDER)" ]; then
	fn_log_info "Safety check failed - the destination does not appear to be a backup folder or drive (marker file not found)."
	exit 1
fi

# Date logic
NOW=$(date +"%Y-%m-%d-%H%M%S")

export IFS=$'\n' # Better for handling spaces in filenames.
PROFILE_FOLDER="$HOME/.rsync_tmbackup"
LOG_FILE="$PROFILE_FOLDER/$NOW.log"
DEST=$DEST_FOLDER/$NOW
PREVIOUS_DEST=$(fn_find_backups | sort | tail -n 1)
INPROGRESS_FILE=$DEST_FOLDER/backup.inprogress

# Run in a loop to handle the "No space left on device" logic.
while [ "1" ]; do

	LINK_DEST_OPTION=""
	if [ "$PREVIOUS_DEST" == "" ]; then
		fn_log_info "No previous backup - creating new one."
	else
		fn_log_info "Previous backup found - doing incremental backup from $PREVIOUS_DEST"
		LINK_DEST_OPTION="--link-dest=$PREVIOUS_DEST"
	fi

	# -----------------------------------------------------------------------------
	# Start backup
	# -----------------------------------------------------------------------------

	CMD="rsync"
	CMD="$CMD --compress"
	CMD="$CMD --numeric-ids"
	CMD="$CMD --links"
	CMD="$CMD --hard-links"
	CMD="$CMD --one-file-system"
	CMD="$CMD --archive"
	CMD="$CMD --itemize-changes"
	CMD="$CMD --verbose"
	CMD="$CMD --log-file '$LOG_FILE'"
	if [ "$EXCLUSION_FILE" != "" ]; then
		CMD="$CMD --exclude-from '$EXCLUSION_FILE'"
	fi
	CMD="$CMD $LINK_DEST_OPTION"
	CMD="$CMD -- '$SRC_FOLDER/' '$DEST/'"
	CMD="$CMD | grep -E '^deleting|[^/]$'"

	touch -- "$INPROGRESS_FILE"
	eval $CMD
	RSYNC_EXIT_CODE=$?

	if [ "$RSYNC_EXIT_CODE" != "0" ]; then
		fn_log_error "Exited with error code $RSYNC_EXIT_CODE"
		exit $RSYNC_EXIT_CODE
	fi

	cd "$DEST_FOLDER"
	rm -f -- "latest"
	ln -s -- $(basename -- "$DEST") "latest"
	cd -

	rm -f -- "$INPROGRESS_FILE"
	fn_log_info "Backup completed without errors."
	exit 0
done
