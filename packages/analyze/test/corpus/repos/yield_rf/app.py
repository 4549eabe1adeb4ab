import streamlit as st
import pandas as pd
import numpy as np
import joblib
import base64
from sklearn.preprocessing import LabelEncoder, StandardScaler
from sklearn.ensemble import RandomForestRegressor
def set_background(image_path):
    with open(image_path, "rb") as img_file:
        encoded_string = base64.b64encode(img_file.read()).decode()
    # ...
    st.markdown(background_style, unsafe_allow_html=True)

# Set background image
image_path = "harvest-280.gif"  # Ensure the image exists in the same directory
set_background(image_path)

def load_data():
    """Load and preprocess dataset."""
    df = pd.read_csv("yield_df.csv")
    df.drop(columns=["Sl.no"], inplace=True)
    
    # Encode categorical variables
    label_encoders = {}
    for col in ["Area", "Item"]:
        le = LabelEncoder()
        df[col] = le.fit_transform(df[col])
        label_encoders[col] = le
    
    return df, label_encoders

def train_model(df):
    """Train the Random Forest model."""
    X = df.drop(columns=["hg/ha_yield"])
    y = df["hg/ha_yield"]
    
    scaler = StandardScaler()
    X_scaled = scaler.fit_transform(X)
    
    model = RandomForestRegressor(n_estimators=100, random_state=42)
    model.fit(X_scaled, y)
    
    return model, scaler

def main():
    st.title("Crop Yield Prediction App")
    
    df, label_encoders = load_data()
    model, scaler = train_model(df)
    
    # User inputs
    area = st.selectbox("Select Area", label_encoders["Area"].classes_)
    item = st.selectbox("Select Crop Item", label_encoders["Item"].classes_)
    # ...
    
if __name__ == "__main__":
    main()
