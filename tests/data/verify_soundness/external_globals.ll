; Globals other modules see (LangRef "Global Variables"): a target may not drop, hide, make constant, re-type,
; re-initialize or under-align them, whatever the function does; address-significance keywords are free.

;; pair: an internal writable global read by f, target changes its initializer (nothing else writes it)
;; expect: wrong
;; source
@g = internal global i32 1
define i32 @f() {
  %v = load i32, ptr @g
  ret i32 %v
}
;; target
@g = internal global i32 2
define i32 @f() {
  %v = load i32, ptr @g
  ret i32 %v
}

;; pair: an external writable global, target changes its initializer and f reads it
;; expect: wrong
;; source
@g = global i32 1
define i32 @f() {
  %v = load i32, ptr @g
  ret i32 %v
}
;; target
@g = global i32 2
define i32 @f() {
  %v = load i32, ptr @g
  ret i32 %v
}

;; pair: a writable global made constant while f stores to it
;; expect: wrong
;; source
@g = global i32 1
define void @f() {
  store i32 3, ptr @g
  ret void
}
;; target
@g = constant i32 1
define void @f() {
  store i32 3, ptr @g
  ret void
}

;; pair: a writable global made constant, f only reads it
;; expect: wrong
;; source
@g = global i32 1
define i32 @f() {
  %v = load i32, ptr @g
  ret i32 %v
}
;; target
@g = constant i32 1
define i32 @f() {
  %v = load i32, ptr @g
  ret i32 %v
}

;; pair: a global's alignment lowered in the target (the caller may rely on align 16)
;; expect: wrong
;; source
@g = global i32 1, align 16
define ptr @f() {
  ret ptr @g
}
;; target
@g = global i32 1, align 1
define ptr @f() {
  ret ptr @g
}

;; pair: a global shrunk from [4 x i32] to i32, f returns its address
;; expect: wrong
;; source
@g = global [4 x i32] zeroinitializer
define ptr @f() {
  ret ptr @g
}
;; target
@g = global i32 0
define ptr @f() {
  ret ptr @g
}

;; pair: a writable external global made internal
;; expect: wrong
;; source
@g = global i32 1
define i32 @f() {
  ret i32 0
}
;; target
@g = internal global i32 1
define i32 @f() {
  ret i32 0
}

;; pair: the target removes an external global definition
;; expect: wrong
;; source
@g = global i32 1
define i32 @f() {
  ret i32 0
}
;; target
define i32 @f() {
  ret i32 0
}

;; pair: an external global gains local_unnamed_addr (GlobalOpt), the function unchanged
;; expect: proved
;; source
@g = global i32 1, align 4
define i32 @f() {
  %v = load i32, ptr @g, align 4
  ret i32 %v
}
;; target
@g = local_unnamed_addr global i32 1, align 4
define i32 @f() {
  %v = load i32, ptr @g, align 4
  ret i32 %v
}

;; pair: an external global aligned more in the target
;; expect: right
;; source
@g = global i32 1, align 4
define ptr @f() {
  ret ptr @g
}
;; target
@g = global i32 1, align 16
define ptr @f() {
  ret ptr @g
}
