"""The face engine: detection, landmarks, quality, embeddings, calibration, index, fusion.

``face_engine`` (the entry point) uses ``blazeface`` (detection), ``mesh`` (468 points and
pupils), ``landmarks`` (Azure's 27 points, head pose), ``attributes`` (glasses,
occlusion, accessories, mask), ``quality``, ``embedding`` (dlib's ResNet in worker
processes: ``resnet_weights`` reads its weights out of dlib's model file through
``dlib_format``, ``resnet`` runs it with numpy) and ``calibration``; ``tflite`` runs the
MediaPipe models that ``models`` fetches; ``fusion`` serves the Tencent side; ``index``
and ``similarity`` search embeddings, ``index`` spreading its scan over the cores with
``threads`` (which also keeps BLAS on one thread).
"""
