; Calls to memory(read) functions read memory but write none: two with equal arguments and no write between them
; return the same, so LLVM may merge them (GVN), delete an unused willreturn one, or move one across another
; read-only call. Such calls are still compared one for one, so these rewrites are not proved, but never refuted.
; A read-only call moved across a store, or given other arguments, is wrong.

;; pair: read-only-calls-merged
;; expect: right
;; source
declare i32 @peek(ptr) memory(read) nounwind willreturn
define i32 @f(ptr %p) {
  %a = call i32 @peek(ptr %p)
  %b = call i32 @peek(ptr %p)
  %s = add i32 %a, %b
  ret i32 %s
}
;; target
declare i32 @peek(ptr) memory(read) nounwind willreturn
define i32 @f(ptr %p) {
  %a = call i32 @peek(ptr %p)
  %s = shl i32 %a, 1
  ret i32 %s
}

;; pair: read-only-calls-merged-across-a-store
;; expect: wrong
;; source
declare i32 @peek(ptr) memory(read) nounwind willreturn
define i32 @f(ptr %p) {
  %a = call i32 @peek(ptr %p)
  store i32 0, ptr %p
  %b = call i32 @peek(ptr %p)
  %s = add i32 %a, %b
  ret i32 %s
}
;; target
declare i32 @peek(ptr) memory(read) nounwind willreturn
define i32 @f(ptr %p) {
  %a = call i32 @peek(ptr %p)
  store i32 0, ptr %p
  %s = shl i32 %a, 1
  ret i32 %s
}

;; pair: unused-read-only-call-deleted
;; expect: right
;; source
declare i32 @peek(ptr) memory(read) nounwind willreturn
define void @f(ptr %p) {
  %a = call i32 @peek(ptr %p)
  ret void
}
;; target
declare i32 @peek(ptr) memory(read) nounwind willreturn
define void @f(ptr %p) {
  ret void
}

;; pair: read-only-call-with-other-argument
;; expect: refuted
;; source
declare i32 @peek(ptr) memory(read) nounwind willreturn
define i32 @f(ptr %p, ptr %q) {
  %a = call i32 @peek(ptr %p)
  ret i32 %a
}
;; target
declare i32 @peek(ptr) memory(read) nounwind willreturn
define i32 @f(ptr %p, ptr %q) {
  %a = call i32 @peek(ptr %q)
  ret i32 %a
}

;; pair: read-only-call-kept
;; expect: proved
;; source
declare i32 @peek(ptr) memory(read) nounwind willreturn
define i32 @f(ptr %p) {
  %a = call i32 @peek(ptr %p)
  %b = add i32 %a, 1
  ret i32 %b
}
;; target
declare i32 @peek(ptr) memory(read) nounwind willreturn
define i32 @f(ptr %p) {
  %a = call i32 @peek(ptr %p)
  %b = add nuw i32 %a, 0
  %c = add i32 %b, 1
  ret i32 %c
}
