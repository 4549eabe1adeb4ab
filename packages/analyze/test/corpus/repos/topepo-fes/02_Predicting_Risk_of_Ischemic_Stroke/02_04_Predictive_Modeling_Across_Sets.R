# ------------------------------------------------------------------------------
# Feature Engineering and Selection: A Practical Approach for Predictive Models
# by Max Kuhn and Kjell Johnson
#
# ------------------------------------------------------------------------------
# 
# Code for Section 2.4 at
# https://bookdown.org/max/FES/predictive-modeling-across-sets.html
#
# ------------------------------------------------------------------------------
# 
# Code requires these packages: 

library(caret)
library(tidymodels)
library(utils)
library(pROC)
library(plotly)

theme_set(theme_bw())

# ------------------------------------------------------------------------------

load("../Data_Sets/Ischemic_Stroke/stroke_data.RData")
load("interactions.RData")

risk_preds <-
  c("age", "sex", "SmokingHistory", "AtrialFibrillation", "CoronaryArteryDisease", 
    "DiabetesHistory", "HypercholesterolemiaHistory", "HypertensionHistory")

risk_train <- 
  stroke_train %>%
  dplyr::select(one_of(risk_preds), Stroke)

# ------------------------------------------------------------------------------

fiveStats <- function(...) c(twoClassSummary(...), defaultSummary(...))
internal_ctrl = trainControl(method = "none", classProbs = TRUE,
                             allowParallel = FALSE)
lrFuncsNew <- caretFuncs  
lrFuncsNew$summary <- fiveStats
rfeCtrl <- rfeControl(functions = lrFuncsNew,
                      method = "repeatedcv",
                      repeats = 5,
                      rerank = FALSE,
                      returnResamp = "all",
                      saveDetails = TRUE,
                      verbose = FALSE)

# ------------------------------------------------------------------------------
# Here I'll run in parallel using doMC. For Windows, a different package can
# be used.

library(doMC)
registerDoMC(cores = parallel::detectCores(logical = FALSE) - 1)

# ------------------------------------------------------------------------------
# RFE procedure using risk predictors

# All pair-wise interactions
risk_int_filtered_recipe <-
  recipe(Stroke ~ ., data = risk_train) %>%
  step_interact(~ all_predictors():all_predictors()) %>%
  step_corr(all_predictors(), threshold = 0.75) %>% 
  step_center(all_predictors()) %>%
  step_scale(all_predictors()) %>%
  step_zv(all_predictors())

set.seed(63331)
risk_int_filtered_rfe <- rfe(
  risk_int_filtered_recipe,
  data = risk_train,
  sizes = 1:36,
  rfeControl = rfeCtrl,
  metric = "ROC",
  ## train options
  method = "glm",
  trControl = internal_ctrl
)

# ------------------------------------------------------------------------------

sessionInfo()

