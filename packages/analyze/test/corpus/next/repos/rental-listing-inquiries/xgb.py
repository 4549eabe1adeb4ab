#encoding=utf8
from operator import itemgetter
import numpy as np
import pandas as pd
import operator
from scipy import sparse
from sklearn.preprocessing import PolynomialFeatures
from sklearn import cross_validation
from sklearn.metrics import log_loss
from sklearn import preprocessing
from sklearn.feature_extraction.text import TfidfVectorizer, CountVectorizer,HashingVectorizer
from sklearn.cluster import KMeans
from sklearn.linear_model import LinearRegression
import xgboost as xgb
import math
def get_data():
    a = 40.705628
    b = -74.010278
    all=pd.read_csv("hello.csv").fillna(-1)
    #####增加listing_id与时间的斜率
    Min_lis_id=all["listing_id"].min()
    Min_time=all["time"].min()
    all["gradient"]=((all["listing_id"])-Min_lis_id)/(all["time"]-Min_time)
    ###############################
    #经理租房的开价程度
    print "开价程度"
    all["building_dif"]=all["price"]-all["building_mean"]
    all["building_rt"]=all["price"]/all["building_mean"]

    #每个经理building_rt的均值
    add = pd.DataFrame(all.groupby(["manager_id"]).building_rt.mean()).reset_index()
    add.columns = ["manager_id", "manager_pay"]
    all = all.merge(add, on=["manager_id"], how="left")

    # ... (several hundred lines of groupby/merge feature engineering trimmed)

    from sklearn.cluster import KMeans
    clf = KMeans(n_clusters=5,random_state=1)
    data=all[["latitude","longitude"]].values
    clf.fit(data)
    all["where"]=pd.Series(clf.labels_)

    #添加leak
    print "添加图片leak"
    time_stamp=pd.read_csv("listing_image_time.csv")
    all=all.merge(time_stamp,on="listing_id")

    # ... (rest of the file trimmed)
