; A declaration's parameter attributes hold at every call (LangRef): passing poison or undef to a parameter the
; callee's declaration marks noundef is UB, as at a call site that says so; without noundef it is not.

;; pair: poison passed to a declared noundef parameter is UB
;; expect: proved
;; source
declare void @g(i32 noundef)
define void @f() {
  call void @g(i32 poison)
  ret void
}
;; target
declare void @g(i32 noundef)
define void @f() {
  unreachable
}

;; pair: poison passed to a parameter without noundef is not UB
;; expect: refuted
;; source
declare void @g(i32)
define void @f() {
  call void @g(i32 poison)
  ret void
}
;; target
declare void @g(i32)
define void @f() {
  unreachable
}

;; pair: a declared noundef parameter makes the argument's freeze redundant
;; expect: proved
;; source
declare void @g(i32 noundef)
define void @f(i32 %x) {
  %y = freeze i32 %x
  call void @g(i32 %x)
  call void @g(i32 %y)
  ret void
}
;; target
declare void @g(i32 noundef)
define void @f(i32 %x) {
  call void @g(i32 %x)
  call void @g(i32 %x)
  ret void
}

;; pair: without noundef the freeze is needed
;; expect: wrong
;; source
declare void @g(i32)
define void @f(i32 %x) {
  %y = freeze i32 %x
  call void @g(i32 %x)
  call void @g(i32 %y)
  ret void
}
;; target
declare void @g(i32)
define void @f(i32 %x) {
  call void @g(i32 %x)
  call void @g(i32 %x)
  ret void
}
