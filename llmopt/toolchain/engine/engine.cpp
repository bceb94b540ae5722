// llmopt-engine: a persistent evaluation worker for (module, pass list) measurements.
//
// Why: spawning opt, llc and llvm-size per evaluation re-parses the module three times and pays process start-up
// each time; for per-function modules that is most of the cost. This worker parses each module once, then for every
// request clones it, runs the pipeline with the new pass manager exactly as `opt -passes=...` sets it up, verifies the
// result, counts instructions, sums TTI latency costs (as `opt -passes=print<cost-model> -cost-kind=latency`),
// lowers it to an ELF object in memory exactly as `llc -O<n> -relocation-model=pic -filetype=obj` does, and reads
// the section sizes the way `llvm-size` (Berkeley format) classifies them. Codegen results are memoized by the
// SHA-256 of the optimized module's bitcode, since many pass lists produce identical IR.
//
// Protocol (stdin -> stdout), one request at a time: a JSON header line, then `payload` raw bytes if the header has
// a "payload" field; the reply is the same shape. Ops: load {id, payload=IR text}, eval {id, pipeline, opt_level,
// relocation_model ("pic" or "static": the CodegenConfig), latency, want_ir, memo, want_object (payload = IR
// text if asked, then the object; header "object_size")}, unload {id}, ping, quit. A crash (a pass that segfaults or calls report_fatal_error)
// kills the process; the Python driver restarts it and reports a crash result for that request only.
//
// Not covered: anything but ELF objects for the module's own target triple; no -stats (Debian builds lack them).

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/Analysis/TargetTransformInfo.h"
#include "llvm/Bitcode/BitcodeWriter.h"
#include "llvm/CodeGen/CommandFlags.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/IRReader/IRReader.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Object/ObjectFile.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Passes/StandardInstrumentations.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SHA256.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/Transforms/Utils/Cloning.h"
#if LLVM_VERSION_MAJOR >= 18
#include "llvm/TargetParser/Triple.h"
#else
#include "llvm/ADT/Triple.h"
#endif

#include <chrono>
#include <cstdio>
#include <list>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>

using namespace llvm;

static codegen::RegisterCodeGenFlags CodeGenFlags;  // same TargetOptions defaults as llc and opt

#if LLVM_VERSION_MAJOR >= 18
using OptLevel = CodeGenOptLevel;
static OptLevel optLevel(int n) {
  return n <= 0 ? CodeGenOptLevel::None : n == 1 ? CodeGenOptLevel::Less
         : n == 2 ? CodeGenOptLevel::Default : CodeGenOptLevel::Aggressive;
}
static constexpr auto ObjectFileType = CodeGenFileType::ObjectFile;
#else
using OptLevel = CodeGenOpt::Level;
static OptLevel optLevel(int n) {
  return n <= 0 ? CodeGenOpt::None : n == 1 ? CodeGenOpt::Less : n == 2 ? CodeGenOpt::Default : CodeGenOpt::Aggressive;
}
static constexpr auto ObjectFileType = CGFT_ObjectFile;
#endif

namespace {

double now() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

// ---- I/O ---------------------------------------------------------------------------------------------------------

bool readLine(std::string &line) {
  line.clear();
  int c;
  while ((c = std::getchar()) != EOF) {
    if (c == '\n') return true;
    line.push_back(static_cast<char>(c));
  }
  return !line.empty();
}

bool readPayload(size_t n, std::string &out) {
  out.resize(n);
  size_t got = n ? std::fread(out.data(), 1, n, stdin) : 0;
  return got == n;
}

void reply(json::Object obj, const std::string *payload = nullptr) {
  if (payload) obj["payload"] = static_cast<int64_t>(payload->size());
  std::string text;
  raw_string_ostream os(text);
  os << json::Value(std::move(obj));
  os.flush();
  text.push_back('\n');
  std::fwrite(text.data(), 1, text.size(), stdout);
  if (payload) std::fwrite(payload->data(), 1, payload->size(), stdout);
  std::fflush(stdout);
}

void replyError(StringRef status, StringRef message) {
  json::Object o;
  o["status"] = status.str();
  o["message"] = message.str();
  reply(std::move(o));
}

// ---- state -------------------------------------------------------------------------------------------------------

struct LoadedModule {
  std::unique_ptr<LLVMContext> ctx;
  std::unique_ptr<Module> mod;
};

struct ObjectSizes {
  uint64_t text = 0, data = 0, bss = 0;
  std::map<std::string, uint64_t> sections;
};

constexpr size_t kMaxModules = 512;
constexpr size_t kMaxMemo = 100000;

std::unordered_map<std::string, LoadedModule> modules;
std::list<std::string> moduleOrder;  // LRU: front = most recent
struct MemoEntry {  // everything measured from one optimized module at one codegen level
  ObjectSizes sizes;
  uint64_t instructions = 0;
  int64_t latency = 0;
  bool hasLatency = false;
};
std::unordered_map<std::string, MemoEntry> codegenMemo;

void touch(const std::string &id) {
  moduleOrder.remove(id);
  moduleOrder.push_front(id);
  while (moduleOrder.size() > kMaxModules) {
    modules.erase(moduleOrder.back());
    moduleOrder.pop_back();
  }
}

std::unique_ptr<TargetMachine> makeTM(const Module &M, std::optional<Reloc::Model> RM, OptLevel level,
                                      std::string &err) {
  Triple triple(M.getTargetTriple());
  if (triple.getTriple().empty()) triple.setTriple(sys::getDefaultTargetTriple());
  const Target *target = TargetRegistry::lookupTarget(triple.getTriple(), err);
  if (!target) return nullptr;
  TargetOptions options = codegen::InitTargetOptionsFromCodeGenFlags(triple);
  return std::unique_ptr<TargetMachine>(target->createTargetMachine(
      triple.getTriple(), codegen::getCPUStr(), codegen::getFeaturesStr(), options, RM,
      codegen::getExplicitCodeModel(), level));
}

// TargetMachines are costly to create and reusable across modules of the same triple; cache them by
// (triple, relocation model, opt level). CPU and features come from the command-line defaults (empty), exactly as in
// opt and llc; per-function "target-cpu" attributes still select the subtarget.
std::map<std::string, std::unique_ptr<TargetMachine>> tmCache;

TargetMachine *cachedTM(const Module &M, std::optional<Reloc::Model> RM, OptLevel level, std::string &err) {
  std::string key = M.getTargetTriple() + "|" + std::to_string(RM ? static_cast<int>(*RM) : -1) + "|" +
                    std::to_string(static_cast<int>(level));
  auto it = tmCache.find(key);
  if (it != tmCache.end()) return it->second.get();
  std::unique_ptr<TargetMachine> TM = makeTM(M, RM, level, err);
  if (!TM) return nullptr;
  TargetMachine *raw = TM.get();
  tmCache[key] = std::move(TM);
  return raw;
}

uint64_t countInstructions(const Module &M) {
  uint64_t n = 0;
  for (const Function &F : M)
    if (!F.isDeclaration()) n += F.getInstructionCount();
  return n;
}

int64_t latencyCost(Module &M, TargetMachine &TM) {
  int64_t total = 0;
  for (Function &F : M) {
    if (F.isDeclaration()) continue;
    TargetTransformInfo TTI = TM.getTargetTransformInfo(F);
    for (BasicBlock &B : F)
      for (Instruction &I : B) {
        InstructionCost cost = TTI.getInstructionCost(&I, TargetTransformInfo::TCK_Latency);
        if (auto v = cost.getValue()) total += *v;  // Invalid costs count 0, as the printer shows no number
      }
  }
  return total;
}

std::string hexDigest(ArrayRef<uint8_t> digest) {
  static const char *hex = "0123456789abcdef";
  std::string out;
  for (uint8_t b : digest) {
    out.push_back(hex[b >> 4]);
    out.push_back(hex[b & 15]);
  }
  return out;
}

bool emitObject(Module &M, int level, Reloc::Model RM, SmallVectorImpl<char> &obj, std::string &err) {
  TargetMachine *TM = cachedTM(M, RM, optLevel(level), err);
  if (!TM) return false;
  M.setDataLayout(TM->createDataLayout());
  legacy::PassManager PM;
  TargetLibraryInfoImpl TLII(Triple(M.getTargetTriple()));
  PM.add(new TargetLibraryInfoWrapperPass(TLII));
  raw_svector_ostream os(obj);
  if (TM->addPassesToEmitFile(PM, os, nullptr, ObjectFileType)) {
    err = "target cannot emit object files";
    return false;
  }
  PM.run(M);
  return true;
}

bool objectSizes(StringRef obj, ObjectSizes &out, std::string &err) {
  auto file = object::ObjectFile::createObjectFile(MemoryBufferRef(obj, "object"));
  if (!file) {
    err = toString(file.takeError());
    return false;
  }
  for (const object::SectionRef &sec : (*file)->sections()) {
    uint64_t size = sec.getSize();
    // llvm-size's Berkeley classification: text = allocated and (executable or read-only), data = other allocated
    // with contents, bss = allocated without contents.
    if (sec.isBerkeleyText()) out.text += size;
    else if (sec.isBerkeleyData()) out.data += size;
    else if (sec.isBSS()) out.bss += size;
    else continue;  // not allocated (symbol tables, relocations, .comment ...)
    Expected<StringRef> name = sec.getName();
    out.sections[name ? name->str() : std::string("?")] += size;
    if (!name) consumeError(name.takeError());
  }
  return true;
}

// ---- ops ---------------------------------------------------------------------------------------------------------

void opLoad(const json::Object &req, const std::string &payload) {
  auto id = req.getString("id");
  if (!id) return replyError("error", "load needs an id");
  LoadedModule lm;
  lm.ctx = std::make_unique<LLVMContext>();
  SMDiagnostic diag;
  lm.mod = parseIR(MemoryBufferRef(payload, "input"), diag, *lm.ctx);
  if (!lm.mod) {
    std::string msg;
    raw_string_ostream os(msg);
    diag.print("input", os, false);
    return replyError("invalid_input", os.str());
  }
  std::string verr;
  raw_string_ostream vos(verr);
  if (verifyModule(*lm.mod, &vos)) return replyError("invalid_input", vos.str());
  json::Object o;
  o["status"] = "ok";
  o["instructions"] = static_cast<int64_t>(countInstructions(*lm.mod));
  modules[id->str()] = std::move(lm);
  touch(id->str());
  reply(std::move(o));
}

void opEval(const json::Object &req) {
  auto id = req.getString("id");
  auto pipeline = req.getString("pipeline");
  if (!id || !pipeline) return replyError("error", "eval needs id and pipeline");
  auto it = modules.find(id->str());
  if (it == modules.end()) return replyError("unknown_module", "module not loaded: " + id->str());
  touch(id->str());
  int level = static_cast<int>(req.getInteger("opt_level").value_or(0));
  std::string relocName = req.getString("relocation_model").value_or("pic").str();
  if (relocName != "pic" && relocName != "static")
    return replyError("error", "unknown relocation_model: " + relocName + " (use pic or static)");
  Reloc::Model reloc = relocName == "pic" ? Reloc::PIC_ : Reloc::Static;
  bool wantLatency = req.getBoolean("latency").value_or(true);
  bool wantIR = req.getBoolean("want_ir").value_or(false);
  bool useMemo = req.getBoolean("memo").value_or(true);
  // want_object: also return the object bytes (after the IR text, if any), so a caller that links and runs the
  // result (the PassListEval gate) needs no opt/llc processes. The memo holds sizes, not objects, so it is bypassed.
  bool wantObject = req.getBoolean("want_object").value_or(false);

  double tClone = now();
  std::unique_ptr<Module> M = CloneModule(*it->second.mod);
  double cloneSeconds = now() - tClone;
  std::string err;
  // The pass pipeline's TargetMachine mirrors opt's: default relocation model, codegen opt level 2.
  TargetMachine *passTM = cachedTM(*M, codegen::getExplicitRelocModel(), optLevel(2), err);
  if (!passTM) return replyError("error", "no target: " + err);

  double t0 = now();
  if (!pipeline->empty()) {
    LoopAnalysisManager LAM;
    FunctionAnalysisManager FAM;
    CGSCCAnalysisManager CGAM;
    ModuleAnalysisManager MAM;
    PassInstrumentationCallbacks PIC;
    // As opt does: skips optnone functions, and names the running pass in crash dumps.
    StandardInstrumentations SI(M->getContext(), /*DebugLogging=*/false);
    SI.registerCallbacks(PIC, &MAM);
    PipelineTuningOptions PTO;
    PassBuilder PB(passTM, PTO, std::nullopt, &PIC);
    PB.registerModuleAnalyses(MAM);
    PB.registerCGSCCAnalyses(CGAM);
    PB.registerFunctionAnalyses(FAM);
    PB.registerLoopAnalyses(LAM);
    PB.crossRegisterProxies(LAM, FAM, CGAM, MAM);
    ModulePassManager MPM;
    if (Error e = PB.parsePassPipeline(MPM, *pipeline)) return replyError("invalid_pipeline", toString(std::move(e)));
    MPM.run(*M, MAM);
  }
  double passSeconds = now() - t0;

  double tCheck = now();
  std::string verr;
  raw_string_ostream vos(verr);
  if (verifyModule(*M, &vos)) {
    // Same first words as opt's "Broken module found" so both backends' messages read alike; capped in size.
    std::string msg = "Broken module found after the passes: " + vos.str();
    return replyError("invalid_ir", msg.substr(0, 4000));
  }
  double verifySeconds = now() - tCheck;

  // Identical optimized IR gives identical numbers: hash the bitcode, and on a memo hit skip counting, the cost
  // model and codegen alike.
  double tHash = now();
  SmallVector<char, 0> bitcode;
  {
    raw_svector_ostream bos(bitcode);
    WriteBitcodeToFile(*M, bos);
  }
  std::string irHash = hexDigest(SHA256::hash(ArrayRef<uint8_t>(
      reinterpret_cast<const uint8_t *>(bitcode.data()), bitcode.size())));
  double hashSeconds = now() - tHash;
  std::string irText;
  if (wantIR) {
    raw_string_ostream ios(irText);
    M->print(ios, nullptr);
    ios.flush();
  }

  std::string memoKey = irHash + ":" + std::to_string(level) + ":" + relocName;
  MemoEntry entry;
  bool memoHit = false;
  double codegenSeconds = 0;
  auto memo = codegenMemo.find(memoKey);
  SmallVector<char, 0> obj;
  if (!wantObject && useMemo && memo != codegenMemo.end() && (memo->second.hasLatency || !wantLatency)) {
    entry = memo->second;
    memoHit = true;
  } else {
    entry.instructions = countInstructions(*M);
    if (wantLatency) {
      entry.latency = latencyCost(*M, *passTM);
      entry.hasLatency = true;
    }
    double t1 = now();
    if (!emitObject(*M, level, reloc, obj, err)) return replyError("codegen_error", err);
    if (!objectSizes(StringRef(obj.data(), obj.size()), entry.sizes, err)) return replyError("codegen_error", err);
    codegenSeconds = now() - t1;
    if (codegenMemo.size() >= kMaxMemo) codegenMemo.clear();
    codegenMemo[memoKey] = entry;
  }
  const ObjectSizes &sizes = entry.sizes;
  json::Object o;
  o["status"] = "ok";
  o["ir_hash"] = irHash;
  o["instructions"] = static_cast<int64_t>(entry.instructions);
  if (wantLatency) o["latency"] = entry.latency;
  o["text"] = static_cast<int64_t>(sizes.text);
  o["data"] = static_cast<int64_t>(sizes.data);
  o["bss"] = static_cast<int64_t>(sizes.bss);
  json::Object secs;
  for (auto &kv : sizes.sections) secs[kv.first] = static_cast<int64_t>(kv.second);
  o["sections"] = std::move(secs);
  o["pass_s"] = passSeconds;
  o["codegen_s"] = codegenSeconds;
  o["memo_hit"] = memoHit;
  o["clone_s"] = cloneSeconds;
  o["verify_s"] = verifySeconds;
  o["hash_s"] = hashSeconds;
  if (wantObject) {
    o["object_size"] = static_cast<int64_t>(obj.size());
    irText.append(obj.data(), obj.size());  // payload = IR text (when asked) then the object
  }
  reply(std::move(o), (wantIR || wantObject) ? &irText : nullptr);
}

}  // namespace

int main(int argc, char **argv) {
  InitLLVM init(argc, argv);  // stack dumps on crashes name the pass that crashed, like opt's
  InitializeAllTargets();
  InitializeAllTargetMCs();
  InitializeAllAsmPrinters();
  InitializeAllAsmParsers();
  cl::ParseCommandLineOptions(argc, argv, "llmopt evaluation engine\n");
  std::string line, payload;
  while (readLine(line)) {
    auto parsed = json::parse(line);
    if (!parsed) {
      replyError("error", "bad request header: " + toString(parsed.takeError()));
      continue;
    }
    const json::Object *req = parsed->getAsObject();
    if (!req) {
      replyError("error", "request header must be a JSON object");
      continue;
    }
    payload.clear();
    if (auto n = req->getInteger("payload")) {
      if (!readPayload(static_cast<size_t>(*n), payload)) return 1;
    }
    StringRef op = req->getString("op").value_or("");
    if (op == "load") opLoad(*req, payload);
    else if (op == "eval") opEval(*req);
    else if (op == "unload") {
      if (auto id = req->getString("id")) {
        modules.erase(id->str());
        moduleOrder.remove(id->str());
      }
      json::Object o;
      o["status"] = "ok";
      reply(std::move(o));
    } else if (op == "ping") {
      json::Object o;
      o["status"] = "ok";
      o["llvm_version"] = LLVM_VERSION_STRING;
      reply(std::move(o));
    } else if (op == "quit") {
      return 0;
    } else {
      replyError("error", "unknown op: " + op.str());
    }
  }
  return 0;
}
