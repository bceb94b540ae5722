; The memory(...) attribute of the function itself (LangRef "Function Attributes", memory): an access to a location
; the attribute excludes is UB, so the source may be assumed not to make it. argmem is memory reached through
; pointer arguments, other includes globals; the function's own allocas are not a memory effect.

;; pair: memory-none-load-from-argument-is-ub
;; expect: proved
;; source
define i32 @f(ptr %p) memory(none) {
  %v = load i32, ptr %p
  ret i32 %v
}
;; target
define i32 @f(ptr %p) memory(none) {
  ret i32 0
}

;; pair: memory-argmem-read-load-kept
;; expect: refuted
;; source
define i32 @f(ptr %p) memory(argmem: read) {
  %v = load i32, ptr %p
  ret i32 %v
}
;; target
define i32 @f(ptr %p) memory(argmem: read) {
  ret i32 0
}

;; pair: memory-argmem-read-store-to-global-is-ub
;; expect: proved
;; source
@counter = global i32 0
define i32 @f(ptr %p) memory(argmem: read) {
  %v = load i32, ptr %p
  store i32 %v, ptr @counter
  ret i32 %v
}
;; target
@counter = global i32 0
define i32 @f(ptr %p) memory(argmem: read) {
  %v = load i32, ptr %p
  ret i32 %v
}

;; pair: memory-argmem-readwrite-store-kept
;; expect: refuted
;; source
define void @f(ptr %p) memory(argmem: readwrite) {
  store i32 7, ptr %p
  ret void
}
;; target
define void @f(ptr %p) memory(argmem: readwrite) {
  ret void
}

;; pair: memory-none-local-variables-allowed
;; expect: refuted
;; source
define i32 @f(i32 %x) memory(none) {
  %slot = alloca i32
  store i32 %x, ptr %slot
  %v = load i32, ptr %slot
  ret i32 %v
}
;; target
define i32 @f(i32 %x) memory(none) {
  ret i32 0
}
