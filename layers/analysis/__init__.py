"""Analysis: pure functions over GeoDataFrames, Series and arrays; imports no other room."""
