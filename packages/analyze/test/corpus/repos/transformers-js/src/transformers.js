const {
    pipeline
} = require("./pipelines.js");
const {
    AutoTokenizer,
    BertTokenizer,
    DistilBertTokenizer,
    T5Tokenizer,
    GPT2Tokenizer
} = require("./tokenizers.js");
const {
    AutoModel,
    AutoModelForSeq2SeqLM,
    AutoModelForSequenceClassification,
    AutoModelForCausalLM,
    AutoModelForMaskedLM,
    T5ForConditionalGeneration
} = require("./models.js");
const {
    env
} = require('./env.js');

const {
    Tensor
} = require('./tensor_utils.js');

const {
    AutoProcessor
} = require('./processors.js');

const {
    AutoConfig
} = require('./configs.js');


const moduleExports = {
    // Tokenizers
    AutoTokenizer,
    BertTokenizer,
    DistilBertTokenizer,
    T5Tokenizer,
    GPT2Tokenizer,

    // Models
    AutoModel,
    AutoModelForSeq2SeqLM,
    AutoModelForSequenceClassification,
    AutoModelForCausalLM,
    AutoModelForMaskedLM,
    T5ForConditionalGeneration,

    // Processors
    AutoProcessor,

    // other
    pipeline,
    Tensor,

    // environment variables
    env
};

// Allow global access to these variables
if (typeof self !== 'undefined') {
    // Used by web workers
    Object.assign(self, moduleExports);
}

// Used by other modules
module.exports = moduleExports
