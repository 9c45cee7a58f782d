"""The face engine: detection, landmarks, quality, embeddings, calibration, index, fusion.

``face_engine`` (the entry point) finds faces with ``face_finder`` (``blazeface``
detections, placed as a ``rectangle``, confirmed by the ``mesh``) and describes them with
``landmarks`` (Azure's 27 points, head pose), ``attributes`` (glasses, occlusion,
accessories, mask; ``spectacles`` for frames), ``quality`` and ``embedding`` (dlib's
ResNet: ``resnet_weights`` reads its weights out of dlib's model file through
``dlib_format``, ``resnet`` runs it with numpy); ``calibration`` turns distances into
confidences. ``tflite`` runs the MediaPipe models that ``models`` fetches. ``fusion``
fuses faces for the Tencent side. ``index`` and ``similarity`` search embeddings,
``index`` spreading its scan over the cores with ``threads`` (which also keeps BLAS on
one thread).
"""
