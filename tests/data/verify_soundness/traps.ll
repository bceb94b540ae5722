; llvm.trap and llvm.ubsantrap stop the program abnormally (an observable event, not UB, never returning);
; llvm.debugtrap tells a debugger and returns. Each is compared like a call to an external function of its name.

;; pair: llvm.trap is not removable
;; expect: refuted
;; source
declare void @llvm.trap()
define void @f() {
  call void @llvm.trap()
  unreachable
}
;; target
define void @f() {
  ret void
}

;; pair: code after trap may become unreachable
;; expect: proved
;; source
declare void @llvm.trap()
declare void @g()
define void @f() {
  call void @llvm.trap()
  call void @g()
  ret void
}
;; target
declare void @llvm.trap()
define void @f() {
  call void @llvm.trap()
  unreachable
}

;; pair: a trap is not a call to another function
;; expect: wrong
;; source
declare void @llvm.trap()
define void @f() {
  call void @llvm.trap()
  unreachable
}
;; target
declare void @abort()
define void @f() {
  call void @abort()
  unreachable
}

;; pair: a trap does not return: what follows is dead
;; expect: right
;; source
declare void @llvm.trap()
define i32 @f(i32 %x) {
  call void @llvm.trap()
  %d = sdiv i32 1, 0
  ret i32 %d
}
;; target
declare void @llvm.trap()
define i32 @f(i32 %x) {
  call void @llvm.trap()
  ret i32 7
}

;; pair: a debugtrap returns
;; expect: wrong
;; source
declare void @llvm.debugtrap()
define i32 @f(i32 %x) {
  call void @llvm.debugtrap()
  ret i32 %x
}
;; target
declare void @llvm.debugtrap()
define i32 @f(i32 %x) {
  call void @llvm.debugtrap()
  unreachable
}

;; pair: UB before a trap makes the whole path UB
;; expect: right
;; source
declare void @llvm.trap()
define void @f() {
  %d = sdiv i32 1, 0
  call void @llvm.trap()
  unreachable
}
;; target
define void @f() {
  unreachable
}

;; pair: a trap cannot be replaced by UB
;; expect: refuted
;; source
declare void @llvm.ubsantrap(i8)
define void @f() {
  call void @llvm.ubsantrap(i8 3)
  unreachable
}
;; target
define void @f() {
  unreachable
}
