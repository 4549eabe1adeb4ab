// -*- mode: C++; c-indent-level: 4; c-basic-offset: 4; tab-width: 8 -*-
//
// fastLm.cpp: Rcpp/Armadillo glue example of a simple lm() alternative
//
// Copyright (C)  2010 Dirk Eddelbuettel and Romain Francois
//
// This file is part of RcppArmadillo.

#include <RcppArmadillo.h>

extern "C" SEXP fastLm(SEXP ys, SEXP Xs) {

    Rcpp::NumericVector yr(ys);			// creates Rcpp vector from SEXP
    Rcpp::NumericMatrix Xr(Xs);			// creates Rcpp matrix from SEXP
    int n = Xr.nrow(), k = Xr.ncol();

#if ARMA_VERSION_GE_090
    arma::mat X(Xr.begin(), n, k, false);   	// reuses memory and avoids extra copy
    arma::colvec y(yr.begin(), yr.size(), false);
#else
    arma::mat X(Xr.begin(), n, k);
    arma::colvec y(yr.begin(), yr.size());
#endif

	arma::colvec coef = arma::solve(X, y);            // fit model y ~ X
	arma::colvec resid = y - X*coef; 		// residuals

	// ... (standard errors trimmed)

    return Rcpp::List::create( 
    	Rcpp::Named("coefficients") = coef
    ) ;
    
}
