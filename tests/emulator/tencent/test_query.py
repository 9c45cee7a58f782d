"""A signed GET's query string read back into the document a JSON body would carry."""

from __future__ import annotations

import pytest

from facekit.emulator.tencent.params import ACTIONS, TencentApiError, from_query, validate


def test_flattened_parameters_become_nested_typed_members() -> None:
    query = ("ProjectId=at_1&ModelId=mt_1&RspImgType=url&MergeInfos.1.Url=b&MergeInfos.0.Url=a"
             "&MergeInfos.0.InputImageFaceRect.X=5&MergeInfos.0.InputImageFaceRect.Y=6"
             "&MergeInfos.0.InputImageFaceRect.Width=40&MergeInfos.0.InputImageFaceRect.Height=41"
             "&FuseFaceDegree=30&LogoAdd=0")
    document = validate(from_query(query, ACTIONS["FuseFace"]), ACTIONS["FuseFace"])
    assert document["MergeInfos"] == [
        {"Url": "a", "InputImageFaceRect": {"X": 5, "Y": 6, "Width": 40, "Height": 41}},
        {"Url": "b"},
    ]
    assert document["FuseFaceDegree"] == 30 and document["LogoAdd"] == 0
    ultra = from_query("FusionUltraParam.WarpRadio=0.25", ACTIONS["FuseFaceUltra"])
    assert ultra == {"FusionUltraParam": {"WarpRadio": 0.25}}


@pytest.mark.parametrize(("query", "code", "named"), [
    ("MergeInfos.1.Url=b", "InvalidParameter", "MergeInfos"),       # index gap
    ("ActivityId=a&ActivityId=b", "InvalidParameter", "ActivityId"),  # given twice
    ("Limit=x&ActivityId=a", "InvalidParameter", "Limit"),           # not an integer
    ("ActivityId=a&ActivityId.X=1", "InvalidParameter", "ActivityId"),
    ("Activity..Id=a", "InvalidParameter", "Activity..Id"),
])
def test_malformed_queries_are_refused_with_the_parameter_named(query: str, code: str, named: str) -> None:
    with pytest.raises(TencentApiError) as info:
        validate(from_query(query, ACTIONS["DescribeMaterialList"]), ACTIONS["DescribeMaterialList"])
    assert info.value.code == code and named in info.value.message and info.value.zh


def test_unknown_members_of_a_query_are_reported_like_those_of_a_body() -> None:
    with pytest.raises(TencentApiError) as info:
        validate(from_query("ActivityId=a&Colour=red", ACTIONS["DescribeMaterialList"]),
                 ACTIONS["DescribeMaterialList"])
    assert info.value.code == "UnknownParameter" and "Colour" in info.value.message
