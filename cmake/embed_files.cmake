# Writes OUT, a C++ file that holds each of FILES as a string, found by its file name through
# driftgate::introspect::embedded_query(name).
set(content "// Generated from src/introspect/queries/*.sql by cmake/embed_files.cmake. Do not edit.\n")
string(APPEND content "#include <map>\n#include <string>\n#include <string_view>\n\n")
string(APPEND content "namespace driftgate::introspect {\n\n")
string(APPEND content "const std::map<std::string, std::string_view>& embedded_queries() {\n")
string(APPEND content "  static const std::map<std::string, std::string_view> queries = {\n")
foreach(f IN LISTS FILES)
  get_filename_component(name ${f} NAME)
  file(READ ${f} text)
  string(APPEND content "    {\"${name}\", R\"driftgate_sql(${text})driftgate_sql\"},\n")
endforeach()
string(APPEND content "  };\n  return queries;\n}\n\n}  // namespace driftgate::introspect\n")
file(WRITE ${OUT} "${content}")
