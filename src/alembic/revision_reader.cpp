#include "alembic/revision_reader.hpp"

#include <map>
#include <set>

#include <fmt/format.h>

#include "alembic/expression_parser.hpp"
#include "alembic/python_tokenizer.hpp"

namespace driftgate::alembic {
namespace {

using Bindings = std::map<std::string, Expression>;

bool is_op(const Token& token, std::string_view text) {
  return token.kind == TokenKind::Operator && token.text == text;
}

bool is_name(const Token& token, std::string_view text) {
  return token.kind == TokenKind::Name && token.text == text;
}

/// Statements with a body that driftgate does not follow (it runs no Python).
bool is_compound_statement(const Token& token) {
  static const std::set<std::string_view> keywords = {"if", "elif", "else", "for", "while", "try", "except",
                                                      "finally", "def", "class", "async", "match"};
  return token.kind == TokenKind::Name && keywords.count(token.text) > 0;
}

/// The index of the first `text` operator at bracket depth 0 in the line from `from`, or npos.
std::size_t find_top_level(const std::vector<Token>& tokens, std::string_view text, std::size_t from = 0) {
  int depth = 0;
  for (std::size_t i = from; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    if (token.kind != TokenKind::Operator) continue;
    if (depth == 0 && token.text == text) return i;
    if (token.text == "(" || token.text == "[" || token.text == "{") ++depth;
    if (token.text == ")" || token.text == "]" || token.text == "}") --depth;
  }
  return std::string::npos;
}

/// Replaces names bound by earlier local assignments (`mood = sa.Enum(...)`) inside `expression`.
Expression substitute(Expression expression, const Bindings& bindings) {
  if (bindings.empty()) return expression;
  if (expression.kind == ExpressionKind::Name) {
    auto found = bindings.find(expression.text);
    if (found != bindings.end()) return found->second;
    return expression;
  }
  if (expression.kind == ExpressionKind::Call && expression.receiver.empty()) {
    const auto dot = expression.text.find('.');
    const std::string head = expression.text.substr(0, dot);
    auto found = bindings.find(head);
    if (found != bindings.end()) {
      if (dot == std::string::npos) {
        expression.receiver.push_back(found->second);
        expression.text = ".__call__";
      } else if (found->second.kind == ExpressionKind::Name) {
        expression.text = found->second.text + expression.text.substr(dot);
      } else {
        expression.receiver.push_back(found->second);
        expression.text = expression.text.substr(dot);
      }
    }
  }
  for (auto& item : expression.items) item = substitute(std::move(item), bindings);
  for (auto& value : expression.keyword_values) value = substitute(std::move(value), bindings);
  for (auto& receiver : expression.receiver) receiver = substitute(std::move(receiver), bindings);
  return expression;
}

std::vector<std::string> string_list(const Expression& value) {
  std::vector<std::string> result;
  if (value.kind == ExpressionKind::String) {
    result.push_back(value.text);
  } else if (value.kind == ExpressionKind::Tuple || value.kind == ExpressionKind::List) {
    for (const auto& item : value.items) {
      if (item.kind == ExpressionKind::String) result.push_back(item.text);
    }
  }
  return result;
}

std::string first_line(const std::string& text) {
  std::size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string::npos) return "";
  std::size_t end = text.find_first_of("\r\n", start);
  std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.pop_back();
  return line;
}

class RevisionReader {
 public:
  RevisionReader(const std::string& path, std::string_view text) : text_(text) { file_.path = path; }

  RevisionFile run() {
    if (text_.starts_with("\xEF\xBB\xBF")) text_.remove_prefix(3);
    TokenizedFile tokens = tokenize_python(text_, file_.path);
    for (const TokenProblem& problem : tokens.problems) {
      file_.findings.push_back(Finding{FindingLevel::Warning, "unreadable", problem.location, "",
                                       problem.message + "; the rest of the file was not read (fix the "
                                       "file so Python can import it)", "", {file_.path}});
    }
    lines_ = std::move(tokens.lines);
    module_level();
    if (!file_.is_revision && tokens.problems.empty()) {
      file_.findings.push_back(Finding{FindingLevel::Warning, "not_a_revision", {file_.path, 0, 0}, "",
                                       "this file assigns no module-level `revision = \"…\"`, so it is "
                                       "not an Alembic revision; it was ignored (move helper modules "
                                       "out of the versions folder to silence this)", "", {file_.path}});
    }
    for (Finding& finding : file_.findings) {
      if (finding.revision.empty()) finding.revision = file_.revision;
    }
    return std::move(file_);
  }

 private:
  model::SourceLocation location_of(const Token& token) const {
    return {file_.path, token.line, token.column};
  }

  std::string line_text(const LogicalLine& line) const {
    const std::size_t from = line.tokens.front().offset;
    const std::size_t to = line.tokens.back().end;
    return std::string(text_.substr(from, to - from));
  }

  Expression expression(const LogicalLine& line, std::size_t begin, std::size_t end) const {
    return parse_expression(line.tokens, begin, end, text_);
  }

  /// The index just past the lines indented deeper than `indent`, starting at `from`.
  std::size_t block_end(std::size_t from, int indent) const {
    std::size_t i = from;
    while (i < lines_.size() && lines_[i].indent > indent) ++i;
    return i;
  }

  void module_level() {
    bool first_statement = true;
    for (std::size_t i = 0; i < lines_.size();) {
      const LogicalLine& line = lines_[i];
      const auto& tokens = line.tokens;
      if (first_statement && tokens.size() >= 1 && tokens[0].kind == TokenKind::String) {
        Expression doc = expression(line, 0, tokens.size());
        if (doc.kind == ExpressionKind::String) file_.message = first_line(doc.text);
      }
      first_statement = false;
      if (is_name(tokens[0], "def") && tokens.size() >= 2 && tokens[1].kind == TokenKind::Name) {
        const std::string name = tokens[1].text;
        const std::size_t end = block_end(i + 1, line.indent);
        if (line.indent == 0 && (name == "upgrade" || name == "downgrade")) {
          std::vector<Operation>& target = name == "upgrade" ? file_.upgrade : file_.downgrade;
          // Only upgrade() is replayed; what downgrade() holds is kept but not judged.
          recording_ = name == "upgrade";
          function_body(line, i + 1, end, target);
          recording_ = true;
        }
        i = end;
        continue;
      }
      if (line.indent == 0) module_assignment(line);
      ++i;
    }
  }

  void module_assignment(const LogicalLine& line) {
    const auto& tokens = line.tokens;
    if (tokens.size() < 3 || tokens[0].kind != TokenKind::Name) return;
    const std::size_t equals = find_top_level(tokens, "=");
    if (equals == std::string::npos || (equals != 1 && !is_op(tokens[1], ":"))) return;
    const std::string& name = tokens[0].text;
    if (name != "revision" && name != "down_revision" && name != "branch_labels" && name != "depends_on") return;
    const Expression value = expression(line, equals + 1, tokens.size());
    if (name == "revision") {
      if (value.kind != ExpressionKind::String || value.text.empty()) {
        file_.findings.push_back(Finding{FindingLevel::Warning, "unreadable", location_of(tokens[0]), "",
                                         "`revision` must be a non-empty string literal; found `" + value.source +
                                             "`", value.source, {file_.path}});
        return;
      }
      file_.is_revision = true;
      file_.revision = value.text;
      file_.revision_line = tokens[0].line;
      return;
    }
    if (!value.is_none() && value.kind != ExpressionKind::String && value.kind != ExpressionKind::Tuple &&
        value.kind != ExpressionKind::List) {
      file_.findings.push_back(Finding{FindingLevel::Warning, "unreadable", location_of(tokens[0]), "",
                                       "`" + name + "` must be None, a string, or a tuple of strings; found `" +
                                           value.source + "`", value.source, {file_.path}});
      return;
    }
    std::vector<std::string> values = string_list(value);
    if (name == "down_revision") file_.down_revisions = std::move(values);
    if (name == "branch_labels") file_.branch_labels = std::move(values);
    if (name == "depends_on") file_.depends_on = std::move(values);
  }

  /// Reads the body of `def upgrade():` (lines [begin, end)), or its one-line body after the colon.
  void function_body(const LogicalLine& header, std::size_t begin, std::size_t end, std::vector<Operation>& target) {
    const std::size_t colon = find_top_level(header.tokens, ":", 2);
    Bindings bindings;
    if (colon != std::string::npos && colon + 1 < header.tokens.size()) {
      LogicalLine inline_body{header.indent + 1, {header.tokens.begin() + static_cast<long>(colon) + 1, header.tokens.end()}};
      statement(inline_body, bindings, {}, target);
    }
    block(begin, end, bindings, {}, target);
  }

  struct BatchContext {
    std::string receiver;  ///< the name the block binds (`batch_op`)
    std::string table;
    std::string schema;
  };

  void block(std::size_t begin, std::size_t end, Bindings& bindings, const BatchContext& batch,
             std::vector<Operation>& target) {
    for (std::size_t i = begin; i < end;) {
      const LogicalLine& line = lines_[i];
      const std::size_t inner_end = block_end(i + 1, line.indent);
      const auto& tokens = line.tokens;
      if (is_name(tokens[0], "with")) {
        with_block(line, i + 1, inner_end, bindings, batch, target);
      } else if (is_compound_statement(tokens[0])) {
        not_understood(line, "`" + tokens[0].text + "` blocks are not replayed (driftgate does not run "
                       "Python); the operations inside were not read — write them as plain op.* calls");
      } else {
        statement(line, bindings, batch, target);
        if (inner_end > i + 1) {
          not_understood(lines_[i + 1], "unexpected indentation; these lines were not read");
        }
      }
      i = inner_end;
    }
  }

  void with_block(const LogicalLine& line, std::size_t begin, std::size_t end, Bindings& bindings,
                  const BatchContext& outer, std::vector<Operation>& target) {
    const auto& tokens = line.tokens;
    const std::size_t colon = find_top_level(tokens, ":");
    std::size_t as = std::string::npos;
    for (std::size_t k = 1; k < tokens.size(); ++k) {
      if (is_name(tokens[k], "as")) as = k;
    }
    const std::size_t header_end = as != std::string::npos ? as : (colon != std::string::npos ? colon : tokens.size());
    Expression manager = substitute(expression(line, 1, header_end), bindings);
    BatchContext batch = outer;
    if (manager.kind == ExpressionKind::Call && manager.text == "op.batch_alter_table") {
      const Expression* table = manager.argument(0, "table_name");
      const Expression* schema = manager.keyword("schema");
      if (table == nullptr || table->kind != ExpressionKind::String) {
        not_understood(line, "op.batch_alter_table needs the table name as a string literal");
        return;
      }
      batch.table = table->text;
      batch.schema = schema != nullptr && schema->kind == ExpressionKind::String ? schema->text : "";
      batch.receiver = as != std::string::npos && as + 1 < tokens.size() ? tokens[as + 1].text : "";
    }
    // Other context managers (autocommit_block, …) just run their body.
    block(begin, end, bindings, batch, target);
  }

  void statement(const LogicalLine& line, Bindings& bindings, const BatchContext& batch,
                 std::vector<Operation>& target) {
    const auto& tokens = line.tokens;
    if (tokens.size() == 1 && (is_name(tokens[0], "pass") || is_op(tokens[0], "..."))) return;
    if (tokens[0].kind == TokenKind::String) {
      Expression value = expression(line, 0, tokens.size());
      if (value.kind == ExpressionKind::String) return;  // a docstring or a bare string
    }
    const std::size_t equals = find_top_level(tokens, "=");
    if (equals != std::string::npos) {
      if (equals == 1 && tokens[0].kind == TokenKind::Name) {
        bindings[tokens[0].text] = substitute(expression(line, 2, tokens.size()), bindings);
        return;
      }
      return not_understood(line, "only simple assignments `name = value` are read");
    }
    if (is_name(tokens[0], "return") && tokens.size() == 1) return;
    Expression call = substitute(expression(line, 0, tokens.size()), bindings);
    if (call.kind != ExpressionKind::Call) {
      return not_understood(line, "only calls (op.*, batch operations, op.execute) are replayed");
    }
    Operation operation;
    operation.location = {file_.path, tokens[0].line, tokens[0].column};
    if (!batch.receiver.empty() && call.receiver.empty() && call.text.starts_with(batch.receiver + ".")) {
      call.text = "batch_op" + call.text.substr(batch.receiver.size());
      operation.batch_table = batch.table;
      operation.batch_schema = batch.schema;
    }
    operation.call = std::move(call);
    target.push_back(std::move(operation));
  }

  void not_understood(const LogicalLine& line, const std::string& why) {
    if (!recording_) return;
    file_.findings.push_back(Finding{FindingLevel::Warning, "not_understood", location_of(line.tokens.front()), "",
                                     why, line_text(line), {file_.path}});
  }

  std::string_view text_;
  std::vector<LogicalLine> lines_;
  RevisionFile file_;
  bool recording_ = true;
};

}  // namespace

RevisionFile read_revision_file(const std::string& path, std::string_view text) {
  return RevisionReader(path, text).run();
}

}  // namespace driftgate::alembic
