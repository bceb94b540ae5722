; unnamed_addr (LangRef): a constant whose address is not significant may be merged with another constant of the same
; initializer, so their addresses may compare equal; distinct globals otherwise have distinct addresses. A call's
; noalias result (malloc's) does not alias the caller's pointers: not modelled, so a refutation through that aliasing
; is inconclusive; without noalias the aliasing counterexample stands.

;; pair: two unnamed_addr constants of one initializer may have one address
;; expect: refuted
;; source
@x = private unnamed_addr constant i32 1
@y = private unnamed_addr constant i32 1
define i1 @f() {
  %c = icmp eq ptr @x, @y
  ret i1 %c
}
;; target
@x = private unnamed_addr constant i32 1
@y = private unnamed_addr constant i32 1
define i1 @f() {
  ret i1 false
}

;; pair: an unnamed_addr constant may merge with a significant-address constant of the same initializer
;; expect: refuted
;; source
@x = private unnamed_addr constant [2 x i8] c"ab"
@y = constant [2 x i8] c"ab"
define i1 @f() {
  %c = icmp ne ptr @x, @y
  ret i1 %c
}
;; target
@x = private unnamed_addr constant [2 x i8] c"ab"
@y = constant [2 x i8] c"ab"
define i1 @f() {
  ret i1 true
}

;; pair: unnamed_addr constants of different initializers are distinct
;; expect: proved
;; source
@x = private unnamed_addr constant i32 1
@y = private unnamed_addr constant i32 2
define i1 @f() {
  %c = icmp eq ptr @x, @y
  ret i1 %c
}
;; target
@x = private unnamed_addr constant i32 1
@y = private unnamed_addr constant i32 2
define i1 @f() {
  ret i1 false
}

;; pair: writable globals are never merged, unnamed_addr or not
;; expect: proved
;; source
@x = internal unnamed_addr global i32 1
@y = internal unnamed_addr global i32 1
define i1 @f() {
  %c = icmp eq ptr @x, @y
  ret i1 %c
}
;; target
@x = internal unnamed_addr global i32 1
@y = internal unnamed_addr global i32 1
define i1 @f() {
  ret i1 false
}

;; pair: constants with significant addresses are distinct
;; expect: proved
;; source
@x = constant i32 1
@y = constant i32 1
define i1 @f() {
  %c = icmp eq ptr @x, @y
  ret i1 %c
}
;; target
@x = constant i32 1
@y = constant i32 1
define i1 @f() {
  ret i1 false
}

;; pair: a load from a merged constant still reads its initializer
;; expect: proved
;; source
@x = private unnamed_addr constant i32 7
@y = private unnamed_addr constant i32 7
define i32 @f() {
  %v = load i32, ptr @y
  ret i32 %v
}
;; target
@x = private unnamed_addr constant i32 7
@y = private unnamed_addr constant i32 7
define i32 @f() {
  %v = load i32, ptr @x
  ret i32 %v
}

;; pair: an externally_initialized constant's initializer may not be folded
;; expect: refuted
;; source
@g = externally_initialized constant i32 0
define i32 @f() {
  %v = load i32, ptr @g
  ret i32 %v
}
;; target
@g = externally_initialized constant i32 0
define i32 @f() {
  ret i32 0
}

;; pair: a noalias call result: a store through another pointer does not change it
;; expect: right
;; source
declare noalias ptr @m(i64)
define i8 @f(ptr %q) {
  %p = call ptr @m(i64 4)
  store i8 1, ptr %p
  store i8 2, ptr %q
  %v = load i8, ptr %p
  ret i8 %v
}
;; target
declare noalias ptr @m(i64)
define i8 @f(ptr %q) {
  %p = call ptr @m(i64 4)
  store i8 1, ptr %p
  store i8 2, ptr %q
  ret i8 1
}

;; pair: malloc's result does not alias a parameter
;; expect: right
;; source
declare ptr @malloc(i64)
define i8 @f(ptr %q) {
  %p = call ptr @malloc(i64 4)
  store i8 1, ptr %p
  store i8 2, ptr %q
  %v = load i8, ptr %p
  ret i8 %v
}
;; target
declare ptr @malloc(i64)
define i8 @f(ptr %q) {
  %p = call ptr @malloc(i64 4)
  store i8 1, ptr %p
  store i8 2, ptr %q
  ret i8 1
}

;; pair: without noalias a call's result may alias a parameter
;; expect: refuted
;; source
declare ptr @m(i64)
define i8 @f(ptr %q) {
  %p = call ptr @m(i64 4)
  store i8 1, ptr %p
  store i8 2, ptr %q
  %v = load i8, ptr %p
  ret i8 %v
}
;; target
declare ptr @m(i64)
define i8 @f(ptr %q) {
  %p = call ptr @m(i64 4)
  store i8 1, ptr %p
  store i8 2, ptr %q
  ret i8 1
}

;; pair: a global without an explicit alignment has its type's ABI alignment (a target may load another constant)
;; expect: proved
;; source
@x = constant i32 7
@y = constant i32 7
define i32 @f() {
  %v = load i32, ptr @y
  ret i32 %v
}
;; target
@x = constant i32 7
@y = constant i32 7
define i32 @f() {
  %v = load i32, ptr @x
  ret i32 %v
}

;; pair: a global without an explicit alignment is not known to be aligned beyond its type's ABI alignment
;; expect: refuted
;; source
@x = constant i32 7
define i32 @f() {
  %v = load i32, ptr @x, align 4
  ret i32 %v
}
;; target
@x = constant i32 7
define i32 @f() {
  %v = load i32, ptr @x, align 8
  ret i32 %v
}
