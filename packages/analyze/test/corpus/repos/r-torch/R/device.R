Device <- R7Class(
  classname = "torch_device",
  public = list(
    initialize = function(type, index = NULL, ptr = NULL) {
      if (!is.null(ptr)) {
        return(ptr)
      }
      cpp_torch_device(type, index)
    },
    print = function() {
      s <- paste0("torch_device(type='", self$type, "'")
      if (!is.null(self$index)) {
        s <- paste0(s, ", index=", self$index)
      }
      cat(paste0(s, ")"))
    }
  )
)

#' Create a Device object
#'
#' @param type a device type `"cuda"` or `"cpu"`
#' @param index optional device ordinal for the device type. If the device ordinal
#' is not present this object will always represent the current device for the device
#' type, even after `torch.cuda.set_device()` is called.
#'
#' @export
torch_device <- function(type, index = NULL) {
  Device$new(type, index)
}
