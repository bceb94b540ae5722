; Globals whose size or contents the module does not fix (LangRef "Linkage Types", "Global Variables"): a `weak`,
; `linkonce` or `common` definition may be replaced at link time by another module's, so even a `constant` one's
; initializer cannot be folded (the `_odr` variants promise an equivalent replacement, so theirs can); an `external`
; declaration is an object at least as large as its type, so an `external [0 x T]` array may have any number of
; elements. A constant global that the target makes writable changes what other functions may assume.

;; pair: weak constant global folded to its initializer
;; expect: refuted
;; source
@g = weak constant i32 5
define i32 @f() {
  %v = load i32, ptr @g, align 4
  ret i32 %v
}
;; target
@g = weak constant i32 5
define i32 @f() {
  ret i32 5
}

;; pair: linkonce constant global folded to its initializer
;; expect: refuted
;; source
@g = linkonce constant i32 5
define i32 @f() {
  %v = load i32, ptr @g, align 4
  ret i32 %v
}
;; target
@g = linkonce constant i32 5
define i32 @f() {
  ret i32 5
}

;; pair: weak_odr constant global folded to its initializer
;; expect: proved
;; source
@g = weak_odr constant i32 5
define i32 @f() {
  %v = load i32, ptr @g, align 4
  ret i32 %v
}
;; target
@g = weak_odr constant i32 5
define i32 @f() {
  ret i32 5
}

;; pair: internal constant global folded to its initializer
;; expect: proved
;; source
@g = internal constant [2 x i16] [i16 7, i16 9]
define i16 @f() {
  %p = getelementptr inbounds [2 x i16], ptr @g, i64 0, i64 1
  %v = load i16, ptr %p, align 2
  ret i16 %v
}
;; target
@g = internal constant [2 x i16] [i16 7, i16 9]
define i16 @f() {
  ret i16 9
}

;; pair: store into an external zero-length array is not out of bounds, target drops it
;; expect: refuted
;; source
@a = external global [0 x i32]
define void @f() {
  %p = getelementptr inbounds [0 x i32], ptr @a, i64 0, i64 5
  store i32 1, ptr %p, align 4
  ret void
}
;; target
@a = external global [0 x i32]
define void @f() {
  ret void
}

;; pair: load from an external zero-length array, target indexes the element type
;; expect: proved
;; source
@a = external global [0 x i32]
define i32 @f(i64 %i) {
  %p = getelementptr inbounds [0 x i32], ptr @a, i64 0, i64 %i
  %v = load i32, ptr %p, align 4
  ret i32 %v
}
;; target
@a = external global [0 x i32]
define i32 @f(i64 %i) {
  %p = getelementptr inbounds i32, ptr @a, i64 %i
  %v = load i32, ptr %p, align 4
  ret i32 %v
}

;; pair: external i32 global read as i64 (the object may be larger), target returns 0
;; expect: refuted
;; source
@x = external global i32, align 8
define i64 @f() {
  %v = load i64, ptr @x, align 8
  ret i64 %v
}
;; target
@x = external global i32, align 8
define i64 @f() {
  ret i64 0
}

;; pair: target makes a constant global writable
;; expect: wrong
;; source
@g = constant i32 5
define i32 @f() {
  %v = load i32, ptr @g, align 4
  ret i32 %v
}
;; target
@g = global i32 5
define i32 @f() {
  %v = load i32, ptr @g, align 4
  ret i32 %v
}

;; pair: target stores into a constant global the source leaves alone
;; expect: wrong
;; source
@g = constant i32 5
define void @f() {
  ret void
}
;; target
@g = constant i32 5
define void @f() {
  store i32 6, ptr @g, align 4
  ret void
}
