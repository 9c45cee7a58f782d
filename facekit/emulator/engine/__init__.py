"""The face engine: detection, landmarks, quality, embeddings, calibration, index, fusion."""
