// The data files' tree (base/yaml_tree.hpp): the values, nulls, tags and positions the
// loaders read, as yaml-cpp gave them before, so every message points where it did.
#include <gtest/gtest.h>

#include "base/yaml_limits.hpp"
#include "base/yaml_tree.hpp"

using namespace filinggen;

namespace {

YamlNode parsed(const std::string& text) {
  YamlSyntaxError error;
  auto root = parse_yaml_tree(text, error);
  EXPECT_TRUE(root) << error.message;
  return root.value_or(YamlNode());
}

std::string at(const YamlNode& node) {
  return std::to_string(node.Mark().line) + ":" + std::to_string(node.Mark().column);
}

}  // namespace

TEST(YamlTree, ValuesNullsAndTagsAreWhatTheLoadersRead) {
  const YamlNode root = parsed("a: 1\nb: \"x\"\nc: ~\nd:\ne: null\nf: 'null'\ng: [1, 二]\nh: {i: j}\n");
  ASSERT_TRUE(root.IsMap());
  EXPECT_EQ(root.size(), 8u);
  EXPECT_EQ(root["a"].Scalar(), "1");
  EXPECT_EQ(root["a"].Tag(), "?");
  EXPECT_EQ(root["b"].Tag(), "!");
  for (const char* key : {"c", "d", "e"}) EXPECT_TRUE(root[key].IsNull()) << key;
  EXPECT_TRUE(root["f"].IsScalar());
  EXPECT_EQ(root["f"].Scalar(), "null");
  ASSERT_TRUE(root["g"].IsSequence());
  EXPECT_EQ(root["g"].begin()[1].Scalar(), "二");
  EXPECT_EQ(root["h"]["i"].Scalar(), "j");
  EXPECT_FALSE(root["absent"].IsDefined());
  EXPECT_FALSE(root["a"]["x"].IsDefined()) << "a scalar has no keys";
  EXPECT_EQ(parsed("v: !!binary aGk=\n")["v"].Tag(), "tag:yaml.org,2002:binary");
  EXPECT_TRUE(parsed("").IsNull());
  EXPECT_TRUE(parsed("# only a comment\n").IsNull());
  const YamlNode json = parsed(R"({"a": ["\u4e2d", null, true]})");
  EXPECT_EQ(json["a"].begin()[0].Scalar(), "中");
  EXPECT_TRUE(json["a"].begin()[1].IsNull());
}

TEST(YamlTree, PositionsAreInBytesFromTheStartOfEachValueAsYamlCppGaveThem) {
  // Columns count bytes (林資安 is nine), a quoted value starts at its quote, a block
  // value at its indicator, a tagged one at its tag.
  const YamlNode root = parsed("- {name: 林資安, title: \"經理\"}\n- text: |-  # 說明\n    本公司\n- v: !!str x\n");
  const YamlNode::Entry* items = root.begin();
  EXPECT_EQ(at(items[0]["name"]), "0:9");
  EXPECT_EQ(at(items[0]["title"]), "0:27");
  EXPECT_EQ(at(items[1]["text"]), "1:8");
  EXPECT_EQ(items[1]["text"].Scalar(), "本公司");
  EXPECT_EQ(at(items[2]["v"]), "3:5");
  EXPECT_EQ(at(root), "0:0");
  EXPECT_TRUE(YamlNode::scalar_text("standard:x.yaml").Mark().is_null());
}

TEST(YamlTree, KeysGivenTwiceAreKeptForTheLoaderToReportAndTheFirstIsRead) {
  const YamlNode root = parsed("a: 1\na: 2\n");
  EXPECT_EQ(root.size(), 2u);
  EXPECT_EQ(root["a"].Scalar(), "1");
}

TEST(YamlTree, AnAliasIsItsAnchorsNodeSharedAndABombIsCaughtByTheLimits) {
  const YamlNode root = parsed("a: &x {k: v}\nb: *x\n");
  EXPECT_EQ(root["b"]["k"].Scalar(), "v");
  EXPECT_EQ(at(root["b"]), at(root["a"])) << "the same node";
  // Nine levels of nine aliases each: 9^9 values once followed, in a few hundred bytes.
  std::string bomb = "a: &a [x,x,x,x,x,x,x,x,x]\n";
  for (char c = 'b'; c <= 'i'; ++c) {
    bomb += std::string(1, c) + ": &" + c + " [";
    for (int i = 0; i < 9; ++i) bomb += std::string(i ? "," : "") + "*" + static_cast<char>(c - 1);
    bomb += "]\n";
  }
  Diagnostics d;
  EXPECT_FALSE(check_yaml_limits(parsed(bomb), "bomb.yaml", d));
  ASSERT_FALSE(d.items().empty());
  EXPECT_EQ(d.items()[0].code, "yaml.too_large");
}

TEST(YamlTree, ARecursiveAliasAndBadSyntaxAreErrorsWithTheirPlace) {
  YamlSyntaxError error;
  EXPECT_FALSE(parse_yaml_tree("a: &x [1, *x]\n", error));
  EXPECT_NE(error.message.find("*x"), std::string::npos) << error.message;
  EXPECT_FALSE(parse_yaml_tree("a: [1, 2\nb: 3\n", error));
  EXPECT_FALSE(error.message.empty());
  EXPECT_FALSE(error.mark.is_null());
}

TEST(YamlTree, NestingBeyondTheLimitIsCutSoTheLimitsReportIt) {
  const std::string deep = "a: " + std::string(100000, '[') + std::string(100000, ']') + "\n";
  Diagnostics d;
  EXPECT_FALSE(check_yaml_limits(parsed(deep), "deep.yaml", d));
  ASSERT_FALSE(d.items().empty());
  EXPECT_EQ(d.items()[0].code, "yaml.too_deep");
}

// Cases a review against yaml-cpp found, each read as yaml-cpp read it.
TEST(YamlTree, WhatEditorsWriteReadsAsBefore) {
  // A byte-order mark is not part of the first line's columns.
  EXPECT_EQ(at(parsed("\xEF\xBB\xBF" "a: 1\n")["a"]), "0:3");
  // A list or mapping in brackets may close at the margin.
  const YamlNode flow = parsed("a: [\n  1,\n  2\n]\nb: {\n  c: 1\n}\n");
  EXPECT_EQ(flow["a"].size(), 2u);
  EXPECT_EQ(flow["b"]["c"].Scalar(), "1");
  // An empty block value at the end of the file is empty, not a NUL.
  for (const char* text : {"remarks: |\n", "remarks: >\n", "- |\n"}) {
    const YamlNode root = parsed(text);
    const YamlNode value = root.IsMap() ? root["remarks"] : static_cast<const YamlNode&>(*root.begin());
    EXPECT_TRUE(value.IsScalar()) << text;
    EXPECT_EQ(value.Scalar(), "") << text;
  }
  // An empty value is placed where the next thing starts, so its message has a line.
  EXPECT_EQ(at(parsed("name:\nb: 1\n")["name"]), "1:0");
  EXPECT_EQ(at(parsed("{a: }\n")["a"]), "0:4");
}

TEST(YamlTree, AnchorsTagsAndBlockIndicatorsPlaceTheirValue) {
  EXPECT_EQ(at(parsed("a: &x foo\n")["a"]), "0:3");
  EXPECT_EQ(at(parsed("a: &x\n  b: 1\n")["a"]), "0:3");
  EXPECT_EQ(at(parsed("c: !!seq [1]\n")["c"]), "0:3");
  EXPECT_EQ(at(parsed("a: |\t# 說明\n  text\n")["a"]), "0:3");
  EXPECT_EQ(at(parsed("\"x #1\": |\n  text\n")["x #1"]), "0:8");
  EXPECT_EQ(at(parsed("a: |")["a"]), "0:3");
  EXPECT_EQ(at(parsed("a: >- # c|d\n  text\n")["a"]), "0:3");
}
