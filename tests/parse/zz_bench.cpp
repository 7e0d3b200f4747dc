#include <catch2/catch.hpp>
#include <chrono>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>
#include "parse/load_sql.hpp"
#include "parse/pg_query_tree.hpp"
#include "parse/deparse.hpp"
TEST_CASE("bench", "[bench]") {
  const char* file = std::getenv("BENCH_SQL");
  std::ifstream in(file); std::stringstream ss; ss << in.rdbuf(); std::string text = ss.str();
  for (int i = 0; i < 5; ++i) {
    std::clock_t c0 = std::clock();
    auto t0 = std::chrono::steady_clock::now();
    auto result = driftgate::test::load_sql(text, "big.sql");
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    double cpu = double(std::clock() - c0) / CLOCKS_PER_SEC;
    std::cout << "load_definition CPU " << cpu << " s => " << text.size() / 1e6 / cpu << " MB/s of CPU time\n";
    c0 = std::clock();
    t0 = std::chrono::steady_clock::now();
    driftgate::parse::SourceText source("big.sql", text);
    auto tree = driftgate::parse::ParseTree::parse(source);
    double p = double(std::clock() - c0) / CLOCKS_PER_SEC;
    c0 = std::clock();
    // deparse every CHECK/DEFAULT expression of every CREATE TABLE
    t0 = std::chrono::steady_clock::now();
    size_t n = 0;
    for (auto& st : tree.statements()) {
      if (st.node->node_case != PG_QUERY__NODE__NODE_CREATE_STMT) continue;
      auto* cs = st.node->create_stmt;
      for (size_t i = 0; i < cs->n_table_elts; i++) {
        auto* e = cs->table_elts[i];
        if (e->node_case != PG_QUERY__NODE__NODE_COLUMN_DEF) continue;
        for (size_t j = 0; j < e->column_def->n_constraints; j++) {
          auto* c = e->column_def->constraints[j]->constraint;
          if (c->raw_expr) { driftgate::parse::deparse_expression(c->raw_expr); ++n; }
        }
      }
    }
    double d = double(std::clock() - c0) / CLOCKS_PER_SEC;
    std::cout << "parse tree " << p << " s; deparse of " << n << " column expressions " << d << " s\n";
    std::cout << text.size() / 1e6 / s << " MB/s (" << s << " s), tables " << result.catalog.tables.size() << " indexes " << result.catalog.indexes.size() << "\n";
  }
}
