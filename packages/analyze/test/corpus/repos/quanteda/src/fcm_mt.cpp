#include <RcppArmadillo.h>
#include <RcppParallel.h>
#include "tbb/tbb.h"
#include "quanteda.h"
#include "tbb/concurrent_vector.h"

// [[Rcpp::plugins(cpp11)]]
using namespace RcppParallel;
using namespace Rcpp;
using namespace tbb;
using namespace quanteda;

//count the co-occurance when count is set to "frequency" or "weighted"
void fre_count(Text text,
               std::vector<double> &window_weights,    
               const unsigned int window,
               const bool tri,
               const bool ordered,
               // output vector to write to, each tuple contains i, j, x for the sparse matrix fcm.
               tupleVec &fcm_tri){
    
    // cpp vector starts from 0 instead of 1 in R
    for (unsigned int i = 0; i < text.size(); i++)
        text[i]--;
    const unsigned int len = text.size();
    
    for (unsigned int i = 0; i < text.size(); i++) {
        unsigned int j_ini = i+1;
        unsigned int j_lim = std::min(i + window + 1, len);
        
        for(unsigned int j = j_ini; j < j_lim; j++) {
            if (ordered){
                if (!tri || ((text[i] <= text[j])&& tri) ){// only include upper triangular element (diagonal inclusive) if tri = TRUE
                    
                    std::tuple<unsigned int, unsigned int, double> mat_triplet = std::make_tuple(text[i], text[j], window_weights[j-i-1]);
                    fcm_tri.push_back(mat_triplet);
                }
            }else{
                if (text[i] <= text[j]){
                    std::tuple<unsigned int, unsigned int, double> mat_triplet = std::make_tuple(text[i], text[j], window_weights[j-i-1]);
                    fcm_tri.push_back(mat_triplet);
                }else{
                    std::tuple<unsigned int, unsigned int, double> mat_triplet = std::make_tuple(text[j], text[i], window_weights[j-i-1]);
                    fcm_tri.push_back(mat_triplet);
                }
            } // end of if-ordered
            
        } // end of j-loop
    }// end of i-loop
}

struct Fcmat_mt : public Worker{
    // input list to read from
    Texts &texts;
    std::vector<double> &window_weights;    
    const unsigned int window;
    const bool tri;
    const bool ordered;

    // output vector to write to, each tuple contains i, j, x for the sparse matrix fcm.
    tupleVec fcm_tri;

    //initialization
    Fcmat_mt(Texts texts, std::vector<double> &window_weights, unsigned int window, 
             const bool tri, const bool ordered, tupleVec& fcm_tri): 
            texts(texts),  window_weights(window_weights),
             window(window), tri(tri), ordered(ordered), fcm_tri(fcm_tri) {}

    // function call operator that work for the specified range (begin/end)
    void operator()(std::size_t begin, std::size_t end) {
        for (std::size_t h = begin; h < end; h++) {
            fre_count(texts[h], window_weights, window, tri, ordered, fcm_tri);
        }
    }
};

// [[Rcpp::export]]
arma::sp_mat fcm_hash_mt(Rcpp::List &texts,
                         const int n_types,
                         const String &count,
                         unsigned int window,
                         const NumericVector &weights,
                         const bool ordered,
                         const bool tri,
                         const unsigned int nvec){        
#if RCPP_PARALLEL_USE_TBB
    return fcm_hash_cpp_mt(texts,
                           n_types,
                           count,
                           window,
                           weights,
                           ordered,
                           tri,
                           nvec);
#else
    return fcm_hash_cpp(texts,
                        n_types,
                        count,
                        window,
                        weights,
                        ordered,
                        tri,
                        nvec);
#endif    
}
