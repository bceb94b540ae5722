; Operand bundles of llvm.assume (LangRef "Assume Operand Bundles"): a violated guarantee is UB, nonnull and align
; included (elsewhere they only make poison); a non-power-of-two alignment demands a null pointer; ignore and cold
; promise nothing; other bundles (deopt, ...) are not modelled. clang writes "align" for __builtin_assume_aligned.

;; pair: assume align bundle lets the low bits be known (noundef pointer)
;; expect: proved
;; source
declare void @llvm.assume(i1)
define i64 @f(ptr noundef %p) {
  call void @llvm.assume(i1 true) [ "align"(ptr %p, i64 8) ]
  %i = ptrtoint ptr %p to i64
  %r = and i64 %i, 7
  ret i64 %r
}
;; target
declare void @llvm.assume(i1)
define i64 @f(ptr noundef %p) {
  call void @llvm.assume(i1 true) [ "align"(ptr %p, i64 8) ]
  ret i64 0
}

;; pair: assume align bundle: same bundle kept, identical semantics
;; expect: proved
;; source
declare void @llvm.assume(i1)
define i32 @f(ptr %p) {
  call void @llvm.assume(i1 true) [ "align"(ptr %p, i64 8) ]
  %v = load i32, ptr %p, align 4
  ret i32 %v
}
;; target
declare void @llvm.assume(i1)
define i32 @f(ptr %p) {
  call void @llvm.assume(i1 true) [ "align"(ptr %p, i64 8) ]
  %v = load i32, ptr %p, align 8
  ret i32 %v
}

;; pair: assume align 8 bundle does not give 16
;; expect: refuted
;; source
declare void @llvm.assume(i1)
define i64 @f(ptr noundef %p) {
  call void @llvm.assume(i1 true) [ "align"(ptr %p, i64 8) ]
  %i = ptrtoint ptr %p to i64
  %r = and i64 %i, 15
  ret i64 %r
}
;; target
declare void @llvm.assume(i1)
define i64 @f(ptr noundef %p) {
  call void @llvm.assume(i1 true) [ "align"(ptr %p, i64 8) ]
  ret i64 0
}

;; pair: a target may not add an assume align bundle
;; expect: refuted
;; source
define i64 @f(ptr noundef %p) {
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
declare void @llvm.assume(i1)
define i64 @f(ptr noundef %p) {
  call void @llvm.assume(i1 true) [ "align"(ptr %p, i64 4) ]
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}

;; pair: a target may drop an assume bundle
;; expect: proved
;; source
declare void @llvm.assume(i1)
define i64 @f(ptr noundef %p) {
  call void @llvm.assume(i1 true) [ "nonnull"(ptr %p), "align"(ptr %p, i64 4) ]
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
define i64 @f(ptr noundef %p) {
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}

;; pair: assume nonnull bundle makes the null check false
;; expect: proved
;; source
declare void @llvm.assume(i1)
define i1 @f(ptr noundef %p) {
  call void @llvm.assume(i1 true) [ "nonnull"(ptr %p) ]
  %c = icmp eq ptr %p, null
  ret i1 %c
}
;; target
declare void @llvm.assume(i1)
define i1 @f(ptr noundef %p) {
  call void @llvm.assume(i1 true) [ "nonnull"(ptr %p) ]
  ret i1 false
}

;; pair: assume nonnull bundle on another pointer says nothing of this one
;; expect: refuted
;; source
declare void @llvm.assume(i1)
define i1 @f(ptr noundef %p, ptr noundef %q) {
  call void @llvm.assume(i1 true) [ "nonnull"(ptr %q) ]
  %c = icmp eq ptr %p, null
  ret i1 %c
}
;; target
declare void @llvm.assume(i1)
define i1 @f(ptr noundef %p, ptr noundef %q) {
  call void @llvm.assume(i1 true) [ "nonnull"(ptr %q) ]
  ret i1 false
}

;; pair: a non-power-of-two alignment demands null
;; expect: proved
;; source
declare void @llvm.assume(i1)
define i1 @f(ptr noundef %p) {
  call void @llvm.assume(i1 true) [ "align"(ptr %p, i64 3) ]
  %c = icmp eq ptr %p, null
  ret i1 %c
}
;; target
declare void @llvm.assume(i1)
define i1 @f(ptr noundef %p) {
  call void @llvm.assume(i1 true) [ "align"(ptr %p, i64 3) ]
  ret i1 true
}

;; pair: ignore and cold bundles promise nothing
;; expect: refuted
;; source
declare void @llvm.assume(i1)
define i1 @f(ptr noundef %p) {
  call void @llvm.assume(i1 true) [ "ignore"(ptr %p), "cold"() ]
  %c = icmp eq ptr %p, null
  ret i1 %c
}
;; target
define i1 @f(ptr noundef %p) {
  ret i1 false
}

;; pair: assume dereferenceable bundle lets a load be speculated
;; expect: right
;; source
declare void @llvm.assume(i1)
define i32 @f(ptr noundef %p, i1 %c) {
  call void @llvm.assume(i1 true) [ "dereferenceable"(ptr %p, i64 4) ]
  br i1 %c, label %a, label %b
a:
  %v = load i32, ptr %p, align 1
  ret i32 %v
b:
  ret i32 0
}
;; target
declare void @llvm.assume(i1)
define i32 @f(ptr noundef %p, i1 %c) {
  call void @llvm.assume(i1 true) [ "dereferenceable"(ptr %p, i64 4) ]
  %v = load i32, ptr %p, align 1
  %r = select i1 %c, i32 %v, i32 0
  ret i32 %r
}

;; pair: assume dereferenceable of 2 bytes does not allow a 4-byte load
;; expect: refuted
;; source
declare void @llvm.assume(i1)
define i32 @f(ptr noundef %p, i1 %c) {
  call void @llvm.assume(i1 true) [ "dereferenceable"(ptr %p, i64 2) ]
  br i1 %c, label %a, label %b
a:
  %v = load i32, ptr %p, align 1
  ret i32 %v
b:
  ret i32 0
}
;; target
declare void @llvm.assume(i1)
define i32 @f(ptr noundef %p, i1 %c) {
  call void @llvm.assume(i1 true) [ "dereferenceable"(ptr %p, i64 2) ]
  %v = load i32, ptr %p, align 1
  %r = select i1 %c, i32 %v, i32 0
  ret i32 %r
}

;; pair: assume noundef bundle: a freeze of it is the value
;; expect: proved
;; source
declare void @llvm.assume(i1)
define i32 @f(i32 %x) {
  call void @llvm.assume(i1 true) [ "noundef"(i32 %x) ]
  %y = freeze i32 %x
  ret i32 %y
}
;; target
declare void @llvm.assume(i1)
define i32 @f(i32 %x) {
  call void @llvm.assume(i1 true) [ "noundef"(i32 %x) ]
  ret i32 %x
}

;; pair: a freeze of a value with no noundef bundle is needed
;; expect: refuted
;; source
define i32 @f(i32 %x) {
  %y = freeze i32 %x
  ret i32 %y
}
;; target
define i32 @f(i32 %x) {
  ret i32 %x
}

;; pair: other operand bundles are not modelled
;; expect: wrong
;; source
declare void @g()
define void @f() {
  call void @g() [ "deopt"(i32 1) ]
  ret void
}
;; target
define void @f() {
  ret void
}
