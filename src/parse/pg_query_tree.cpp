#include "parse/pg_query_tree.hpp"

#include <algorithm>
#include <cstdlib>
#include <string_view>

#include "parse/statement_splitter.hpp"
#include "util/error.hpp"

namespace driftgate::parse {

// Unpacked protobuf-c messages are many small allocations freed all at once: a bump arena
// makes unpacking several times cheaper than malloc/free per message.
class ParseTree::Arena {
 public:
  Arena() : allocator_{&Arena::allocate, &Arena::release, this} {}
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  ~Arena() {
    for (void* block : blocks_) std::free(block);
  }

  ProtobufCAllocator* allocator() { return &allocator_; }

 private:
  static constexpr std::size_t kBlockSize = 256 * 1024;

  static void* allocate(void* self, std::size_t size) {
    return static_cast<Arena*>(self)->bump(size);
  }
  static void release(void*, void*) {}

  void* bump(std::size_t size) {
    size = (size + 15) & ~std::size_t{15};
    if (size > remaining_) {
      const std::size_t block_size = std::max(size, kBlockSize);
      void* block = std::malloc(block_size);
      if (block == nullptr) throw std::bad_alloc();
      blocks_.push_back(block);
      next_ = static_cast<char*>(block);
      remaining_ = block_size;
    }
    void* result = next_;
    next_ += size;
    remaining_ -= size;
    return result;
  }

  ProtobufCAllocator allocator_;
  std::vector<void*> blocks_;
  char* next_ = nullptr;
  std::size_t remaining_ = 0;
};

namespace {

// Statements are parsed in chunks of about this many bytes: libpg_query's cost per call is
// small, while one call over a large file is markedly slower (memory growth and page faults).
constexpr std::size_t kChunkBytes = 32 * 1024;

/// A libpg_query result freed when it goes out of scope.
struct ProtobufResult {
  PgQueryProtobufParseResult result;
  explicit ProtobufResult(const char* text) : result(pg_query_parse_protobuf(text)) {}
  ProtobufResult(const ProtobufResult&) = delete;
  ProtobufResult& operator=(const ProtobufResult&) = delete;
  ~ProtobufResult() { pg_query_free_protobuf_parse_result(result); }
};

/// A byte range of the file holding whole statements.
struct Chunk {
  std::size_t begin = 0;
  std::size_t end = 0;
};

[[noreturn]] void throw_syntax_error(const SourceText& source, std::string_view parsed_text,
                                     const PgQueryError& error, std::size_t base_offset) {
  std::string message = error.message != nullptr ? error.message : "syntax error";
  if (error.cursorpos <= 0) {
    throw input_error(source.path() + ": " + message +
                      "\nFix the SQL in this file of the definition.");
  }
  // libpg_query reports a 1-based character position (not a byte offset).
  const std::size_t offset =
      offset_of_character(parsed_text, base_offset, static_cast<std::size_t>(error.cursorpos - 1));
  throw input_error(source.position(offset) + ": " + message + "\n" + source.excerpt(offset));
}

/// Groups statements into chunks of about kChunkBytes.
std::vector<Chunk> make_chunks(const std::vector<TextSpan>& statements) {
  std::vector<Chunk> chunks;
  for (const TextSpan& statement : statements) {
    if (chunks.empty() || chunks.back().end - chunks.back().begin >= kChunkBytes) {
      chunks.push_back({statement.begin, statement.end});
    } else {
      chunks.back().end = statement.end;
    }
  }
  return chunks;
}

}  // namespace

ParseTree::ParseTree() : arena_(std::make_unique<Arena>()) {}
ParseTree::ParseTree(ParseTree&&) noexcept = default;
ParseTree& ParseTree::operator=(ParseTree&&) noexcept = default;
ParseTree::~ParseTree() = default;

ParseTree ParseTree::parse(const SourceText& source) {
  ParseTree tree;
  std::string working(source.text());

  // psql meta-commands (pg_dump writes `\restrict …`) are not SQL: blank them, keeping offsets.
  const SplitText split = split_statements(working);
  for (const TextSpan& command : split.meta_commands) {
    std::string_view line(working.data() + command.begin, command.end - command.begin);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    tree.meta_commands_.push_back({command.begin, std::string(line)});
    std::fill(working.begin() + static_cast<std::ptrdiff_t>(command.begin),
              working.begin() + static_cast<std::ptrdiff_t>(command.end), ' ');
  }
  std::vector<Chunk> chunks = make_chunks(split.statements);

  // Parse chunk by chunk; if a chunk does not parse on its own (a split the scanner got wrong,
  // or a real syntax error) parse the whole file at once, which gives the exact answer.
  auto parse_chunk = [&](const Chunk& chunk, bool whole_file) -> bool {
    const std::string text = working.substr(chunk.begin, chunk.end - chunk.begin);
    ProtobufResult parsed(text.c_str());
    if (parsed.result.error != nullptr) {
      if (!whole_file) return false;
      throw_syntax_error(source, working, *parsed.result.error, chunk.begin);
    }
    PgQuery__ParseResult* result = pg_query__parse_result__unpack(
        tree.arena_->allocator(), parsed.result.parse_tree.len,
        reinterpret_cast<const uint8_t*>(parsed.result.parse_tree.data));
    if (result == nullptr) throw std::runtime_error("libpg_query returned an unreadable parse tree");
    for (std::size_t i = 0; i < result->n_stmts; ++i) {
      const PgQuery__RawStmt* raw = result->stmts[i];
      if (raw->stmt == nullptr) continue;
      const std::size_t offset = skip_blanks_and_comments(
          working, chunk.begin + static_cast<std::size_t>(raw->stmt_location));
      tree.statements_.push_back({raw->stmt, offset, chunk.begin});
    }
    return true;
  };

  bool chunks_parsed = true;
  for (const Chunk& chunk : chunks) {
    if (!parse_chunk(chunk, chunks.size() == 1 && chunk.begin == 0)) {
      chunks_parsed = false;
      break;
    }
  }
  if (!chunks_parsed) {
    tree.statements_.clear();
    parse_chunk(Chunk{0, working.size()}, true);
  }
  return tree;
}

}  // namespace driftgate::parse
