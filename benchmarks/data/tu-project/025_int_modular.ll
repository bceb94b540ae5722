; ModuleID = '/work/main/llmopt/verify/passlisteval/programs/025_int_modular.c'
source_filename = "/work/main/llmopt/verify/passlisteval/programs/025_int_modular.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@miller_rabin.bases = internal constant [12 x i64] [i64 2, i64 3, i64 5, i64 7, i64 11, i64 13, i64 17, i64 19, i64 23, i64 29, i64 31, i64 37], align 16

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @ext_gcd(i64 noundef %0, i64 noundef %1, ptr noundef %2, ptr noundef %3) #0 {
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  store i64 %0, ptr %6, align 8, !tbaa !5
  store i64 %1, ptr %7, align 8, !tbaa !5
  store ptr %2, ptr %8, align 8, !tbaa !9
  store ptr %3, ptr %9, align 8, !tbaa !9
  %13 = load i64, ptr %7, align 8, !tbaa !5
  %14 = icmp eq i64 %13, 0
  br i1 %14, label %15, label %19

15:                                               ; preds = %4
  %16 = load ptr, ptr %8, align 8, !tbaa !9
  store i64 1, ptr %16, align 8, !tbaa !5
  %17 = load ptr, ptr %9, align 8, !tbaa !9
  store i64 0, ptr %17, align 8, !tbaa !5
  %18 = load i64, ptr %6, align 8, !tbaa !5
  store i64 %18, ptr %5, align 8
  br label %36

19:                                               ; preds = %4
  call void @llvm.lifetime.start.p0(i64 8, ptr %10) #2
  call void @llvm.lifetime.start.p0(i64 8, ptr %11) #2
  call void @llvm.lifetime.start.p0(i64 8, ptr %12) #2
  %20 = load i64, ptr %7, align 8, !tbaa !5
  %21 = load i64, ptr %6, align 8, !tbaa !5
  %22 = load i64, ptr %7, align 8, !tbaa !5
  %23 = srem i64 %21, %22
  %24 = call i64 @ext_gcd(i64 noundef %20, i64 noundef %23, ptr noundef %10, ptr noundef %11) #3
  store i64 %24, ptr %12, align 8, !tbaa !5
  %25 = load i64, ptr %11, align 8, !tbaa !5
  %26 = load ptr, ptr %8, align 8, !tbaa !9
  store i64 %25, ptr %26, align 8, !tbaa !5
  %27 = load i64, ptr %10, align 8, !tbaa !5
  %28 = load i64, ptr %6, align 8, !tbaa !5
  %29 = load i64, ptr %7, align 8, !tbaa !5
  %30 = sdiv i64 %28, %29
  %31 = load i64, ptr %11, align 8, !tbaa !5
  %32 = mul nsw i64 %30, %31
  %33 = sub nsw i64 %27, %32
  %34 = load ptr, ptr %9, align 8, !tbaa !9
  store i64 %33, ptr %34, align 8, !tbaa !5
  %35 = load i64, ptr %12, align 8, !tbaa !5
  store i64 %35, ptr %5, align 8
  call void @llvm.lifetime.end.p0(i64 8, ptr %12) #2
  call void @llvm.lifetime.end.p0(i64 8, ptr %11) #2
  call void @llvm.lifetime.end.p0(i64 8, ptr %10) #2
  br label %36

36:                                               ; preds = %19, %15
  %37 = load i64, ptr %5, align 8
  ret i64 %37
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @mod_inverse(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  store i64 %0, ptr %4, align 8, !tbaa !5
  store i64 %1, ptr %5, align 8, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %6) #2
  call void @llvm.lifetime.start.p0(i64 8, ptr %7) #2
  %9 = load i64, ptr %4, align 8, !tbaa !5
  %10 = load i64, ptr %5, align 8, !tbaa !5
  %11 = call i64 @ext_gcd(i64 noundef %9, i64 noundef %10, ptr noundef %6, ptr noundef %7) #3
  %12 = icmp ne i64 %11, 1
  br i1 %12, label %13, label %14

13:                                               ; preds = %2
  store i64 -1, ptr %3, align 8
  store i32 1, ptr %8, align 4
  br label %22

14:                                               ; preds = %2
  %15 = load i64, ptr %6, align 8, !tbaa !5
  %16 = load i64, ptr %5, align 8, !tbaa !5
  %17 = srem i64 %15, %16
  %18 = load i64, ptr %5, align 8, !tbaa !5
  %19 = add nsw i64 %17, %18
  %20 = load i64, ptr %5, align 8, !tbaa !5
  %21 = srem i64 %19, %20
  store i64 %21, ptr %3, align 8
  store i32 1, ptr %8, align 4
  br label %22

22:                                               ; preds = %14, %13
  call void @llvm.lifetime.end.p0(i64 8, ptr %7) #2
  call void @llvm.lifetime.end.p0(i64 8, ptr %6) #2
  %23 = load i64, ptr %3, align 8
  ret i64 %23
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @miller_rabin(i64 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store i64 %0, ptr %3, align 8, !tbaa !5
  %12 = load i64, ptr %3, align 8, !tbaa !5
  %13 = icmp ult i64 %12, 2
  br i1 %13, label %14, label %15

14:                                               ; preds = %1
  store i32 0, ptr %2, align 4
  br label %93

15:                                               ; preds = %1
  call void @llvm.lifetime.start.p0(i64 8, ptr %4) #2
  %16 = load i64, ptr %3, align 8, !tbaa !5
  %17 = sub i64 %16, 1
  store i64 %17, ptr %4, align 8, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %5) #2
  store i32 0, ptr %5, align 4, !tbaa !11
  br label %18

18:                                               ; preds = %22, %15
  %19 = load i64, ptr %4, align 8, !tbaa !5
  %20 = and i64 %19, 1
  %21 = icmp eq i64 %20, 0
  br i1 %21, label %22, label %27

22:                                               ; preds = %18
  %23 = load i64, ptr %4, align 8, !tbaa !5
  %24 = lshr i64 %23, 1
  store i64 %24, ptr %4, align 8, !tbaa !5
  %25 = load i32, ptr %5, align 4, !tbaa !11
  %26 = add nsw i32 %25, 1
  store i32 %26, ptr %5, align 4, !tbaa !11
  br label %18, !llvm.loop !13

27:                                               ; preds = %18
  call void @llvm.lifetime.start.p0(i64 4, ptr %6) #2
  store i32 0, ptr %6, align 4, !tbaa !11
  br label %28

28:                                               ; preds = %86, %27
  %29 = load i32, ptr %6, align 4, !tbaa !11
  %30 = icmp slt i32 %29, 12
  br i1 %30, label %32, label %31

31:                                               ; preds = %28
  store i32 4, ptr %7, align 4
  br label %89

32:                                               ; preds = %28
  call void @llvm.lifetime.start.p0(i64 8, ptr %8) #2
  %33 = load i32, ptr %6, align 4, !tbaa !11
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [12 x i64], ptr @miller_rabin.bases, i64 0, i64 %34
  %36 = load i64, ptr %35, align 8, !tbaa !5
  store i64 %36, ptr %8, align 8, !tbaa !5
  %37 = load i64, ptr %8, align 8, !tbaa !5
  %38 = load i64, ptr %3, align 8, !tbaa !5
  %39 = urem i64 %37, %38
  %40 = icmp eq i64 %39, 0
  br i1 %40, label %41, label %42

41:                                               ; preds = %32
  store i32 6, ptr %7, align 4
  br label %83

42:                                               ; preds = %32
  call void @llvm.lifetime.start.p0(i64 8, ptr %9) #2
  %43 = load i64, ptr %8, align 8, !tbaa !5
  %44 = load i64, ptr %4, align 8, !tbaa !5
  %45 = load i64, ptr %3, align 8, !tbaa !5
  %46 = call i64 @powmod(i64 noundef %43, i64 noundef %44, i64 noundef %45) #3
  store i64 %46, ptr %9, align 8, !tbaa !5
  %47 = load i64, ptr %9, align 8, !tbaa !5
  %48 = icmp eq i64 %47, 1
  br i1 %48, label %54, label %49

49:                                               ; preds = %42
  %50 = load i64, ptr %9, align 8, !tbaa !5
  %51 = load i64, ptr %3, align 8, !tbaa !5
  %52 = sub i64 %51, 1
  %53 = icmp eq i64 %50, %52
  br i1 %53, label %54, label %55

54:                                               ; preds = %49, %42
  store i32 6, ptr %7, align 4
  br label %82

55:                                               ; preds = %49
  call void @llvm.lifetime.start.p0(i64 4, ptr %10) #2
  store i32 1, ptr %10, align 4, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 4, ptr %11) #2
  store i32 1, ptr %11, align 4, !tbaa !11
  br label %56

56:                                               ; preds = %72, %55
  %57 = load i32, ptr %11, align 4, !tbaa !11
  %58 = load i32, ptr %5, align 4, !tbaa !11
  %59 = icmp slt i32 %57, %58
  br i1 %59, label %61, label %60

60:                                               ; preds = %56
  store i32 7, ptr %7, align 4
  br label %75

61:                                               ; preds = %56
  %62 = load i64, ptr %9, align 8, !tbaa !5
  %63 = load i64, ptr %9, align 8, !tbaa !5
  %64 = load i64, ptr %3, align 8, !tbaa !5
  %65 = call i64 @mulmod(i64 noundef %62, i64 noundef %63, i64 noundef %64) #3
  store i64 %65, ptr %9, align 8, !tbaa !5
  %66 = load i64, ptr %9, align 8, !tbaa !5
  %67 = load i64, ptr %3, align 8, !tbaa !5
  %68 = sub i64 %67, 1
  %69 = icmp eq i64 %66, %68
  br i1 %69, label %70, label %71

70:                                               ; preds = %61
  store i32 0, ptr %10, align 4, !tbaa !11
  store i32 7, ptr %7, align 4
  br label %75

71:                                               ; preds = %61
  br label %72

72:                                               ; preds = %71
  %73 = load i32, ptr %11, align 4, !tbaa !11
  %74 = add nsw i32 %73, 1
  store i32 %74, ptr %11, align 4, !tbaa !11
  br label %56, !llvm.loop !15

75:                                               ; preds = %70, %60
  call void @llvm.lifetime.end.p0(i64 4, ptr %11) #2
  br label %76

76:                                               ; preds = %75
  %77 = load i32, ptr %10, align 4, !tbaa !11
  %78 = icmp ne i32 %77, 0
  br i1 %78, label %79, label %80

79:                                               ; preds = %76
  store i32 0, ptr %2, align 4
  store i32 1, ptr %7, align 4
  br label %81

80:                                               ; preds = %76
  store i32 0, ptr %7, align 4
  br label %81

81:                                               ; preds = %80, %79
  call void @llvm.lifetime.end.p0(i64 4, ptr %10) #2
  br label %82

82:                                               ; preds = %81, %54
  call void @llvm.lifetime.end.p0(i64 8, ptr %9) #2
  br label %83

83:                                               ; preds = %82, %41
  call void @llvm.lifetime.end.p0(i64 8, ptr %8) #2
  %84 = load i32, ptr %7, align 4
  switch i32 %84, label %89 [
    i32 0, label %85
    i32 6, label %86
  ]

85:                                               ; preds = %83
  br label %86

86:                                               ; preds = %85, %83
  %87 = load i32, ptr %6, align 4, !tbaa !11
  %88 = add nsw i32 %87, 1
  store i32 %88, ptr %6, align 4, !tbaa !11
  br label %28, !llvm.loop !16

89:                                               ; preds = %83, %31
  call void @llvm.lifetime.end.p0(i64 4, ptr %6) #2
  %90 = load i32, ptr %7, align 4
  switch i32 %90, label %92 [
    i32 4, label %91
  ]

91:                                               ; preds = %89
  store i32 1, ptr %2, align 4
  store i32 1, ptr %7, align 4
  br label %92

92:                                               ; preds = %91, %89
  call void @llvm.lifetime.end.p0(i64 4, ptr %5) #2
  call void @llvm.lifetime.end.p0(i64 8, ptr %4) #2
  br label %93

93:                                               ; preds = %92, %14
  %94 = load i32, ptr %2, align 4
  ret i32 %94
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @powmod(i64 noundef %0, i64 noundef %1, i64 noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  store i64 %0, ptr %4, align 8, !tbaa !5
  store i64 %1, ptr %5, align 8, !tbaa !5
  store i64 %2, ptr %6, align 8, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %7) #2
  store i64 1, ptr %7, align 8, !tbaa !5
  %8 = load i64, ptr %6, align 8, !tbaa !5
  %9 = load i64, ptr %4, align 8, !tbaa !5
  %10 = urem i64 %9, %8
  store i64 %10, ptr %4, align 8, !tbaa !5
  br label %11

11:                                               ; preds = %23, %3
  %12 = load i64, ptr %5, align 8, !tbaa !5
  %13 = icmp ne i64 %12, 0
  br i1 %13, label %14, label %30

14:                                               ; preds = %11
  %15 = load i64, ptr %5, align 8, !tbaa !5
  %16 = and i64 %15, 1
  %17 = icmp ne i64 %16, 0
  br i1 %17, label %18, label %23

18:                                               ; preds = %14
  %19 = load i64, ptr %7, align 8, !tbaa !5
  %20 = load i64, ptr %4, align 8, !tbaa !5
  %21 = load i64, ptr %6, align 8, !tbaa !5
  %22 = call i64 @mulmod(i64 noundef %19, i64 noundef %20, i64 noundef %21) #3
  store i64 %22, ptr %7, align 8, !tbaa !5
  br label %23

23:                                               ; preds = %18, %14
  %24 = load i64, ptr %4, align 8, !tbaa !5
  %25 = load i64, ptr %4, align 8, !tbaa !5
  %26 = load i64, ptr %6, align 8, !tbaa !5
  %27 = call i64 @mulmod(i64 noundef %24, i64 noundef %25, i64 noundef %26) #3
  store i64 %27, ptr %4, align 8, !tbaa !5
  %28 = load i64, ptr %5, align 8, !tbaa !5
  %29 = lshr i64 %28, 1
  store i64 %29, ptr %5, align 8, !tbaa !5
  br label %11, !llvm.loop !17

30:                                               ; preds = %11
  %31 = load i64, ptr %7, align 8, !tbaa !5
  call void @llvm.lifetime.end.p0(i64 8, ptr %7) #2
  ret i64 %31
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @mulmod(i64 noundef %0, i64 noundef %1, i64 noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  store i64 %0, ptr %4, align 8, !tbaa !5
  store i64 %1, ptr %5, align 8, !tbaa !5
  store i64 %2, ptr %6, align 8, !tbaa !5
  %7 = load i64, ptr %4, align 8, !tbaa !5
  %8 = zext i64 %7 to i128
  %9 = load i64, ptr %5, align 8, !tbaa !5
  %10 = zext i64 %9 to i128
  %11 = mul i128 %8, %10
  %12 = load i64, ptr %6, align 8, !tbaa !5
  %13 = zext i64 %12 to i128
  %14 = urem i128 %11, %13
  %15 = trunc i128 %14 to i64
  ret i64 %15
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind }
attributes #3 = { minsize optsize }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"long", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"any pointer", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"int", !7, i64 0}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = distinct !{!15, !14}
!16 = distinct !{!16, !14}
!17 = distinct !{!17, !14}
