// Copyright 2020-2024 Alpha Cephei Inc.
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.

/* This header contains the C API for Vosk speech recognition system */

#ifndef VOSK_API_H
#define VOSK_API_H

#ifdef __cplusplus
extern "C" {
#endif

/** Model stores all the data required for recognition
 *  it contains static data and can be shared across processing
 *  threads. */
typedef struct VoskModel VoskModel;


/** Recognizer object is the main object which processes data. */
typedef struct VoskRecognizer VoskRecognizer;


/** Loads model data from the file and returns the model object */
VoskModel *vosk_model_new(const char *model_path);


/** Releases the model memory */
void vosk_model_free(VoskModel *model);


/** Creates the recognizer object */
VoskRecognizer *vosk_recognizer_new(VoskModel *model, float sample_rate);


/** Accept voice data
 *
 *  @param data - audio data in PCM 16-bit mono format
 *  @param length - length of the audio data */
int vosk_recognizer_accept_waveform(VoskRecognizer *recognizer, const char *data, int length);

int vosk_recognizer_accept_waveform_s(VoskRecognizer *recognizer, const short *data, int length);

int vosk_recognizer_accept_waveform_f(VoskRecognizer *recognizer, const float *data, int length);


/** Returns speech recognition result in JSON format */
const char *vosk_recognizer_result(VoskRecognizer *recognizer);

const char *vosk_recognizer_partial_result(VoskRecognizer *recognizer);

const char *vosk_recognizer_final_result(VoskRecognizer *recognizer);

void vosk_recognizer_reset(VoskRecognizer *recognizer);

void vosk_recognizer_free(VoskRecognizer *recognizer);

void vosk_set_log_level(int log_level);


#ifdef __cplusplus
}
#endif

#endif /* VOSK_API_H */
